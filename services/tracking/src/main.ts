import 'reflect-metadata';
import { bootstrapService, loadConfig } from '@freight/platform';
import { AppModule } from './app.module';
import { trackingConfigSchema, SERVICE } from './config';

const config = loadConfig(trackingConfigSchema);
void bootstrapService(AppModule.register(config), { service: SERVICE, config });
