import 'reflect-metadata';
import { bootstrapService, loadConfig } from '@freight/platform';
import { AppModule } from './app.module';
import { schedulerConfigSchema, SERVICE } from './config';

const config = loadConfig(schedulerConfigSchema);
void bootstrapService(AppModule.register(config), { service: SERVICE, config });
