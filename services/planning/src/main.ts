import 'reflect-metadata';
import { bootstrapService, loadConfig } from '@freight/platform';
import { AppModule } from './app.module';
import { planningConfigSchema, SERVICE } from './config';

const config = loadConfig(planningConfigSchema);
void bootstrapService(AppModule.register(config), { service: SERVICE, config });
