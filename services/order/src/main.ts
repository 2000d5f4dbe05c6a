import 'reflect-metadata';
import { bootstrapService, loadConfig } from '@freight/platform';
import { AppModule } from './app.module';
import { orderConfigSchema, SERVICE } from './config';

const config = loadConfig(orderConfigSchema);
void bootstrapService(AppModule.register(config), { service: SERVICE, config });
