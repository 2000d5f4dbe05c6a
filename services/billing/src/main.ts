import 'reflect-metadata';
import { bootstrapService, loadConfig } from '@freight/platform';
import { AppModule } from './app.module';
import { billingConfigSchema, SERVICE } from './config';

const config = loadConfig(billingConfigSchema);
void bootstrapService(AppModule.register(config), { service: SERVICE, config });
