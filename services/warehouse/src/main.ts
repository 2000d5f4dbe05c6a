import 'reflect-metadata';
import { bootstrapService, loadConfig } from '@freight/platform';
import { AppModule } from './app.module';
import { warehouseConfigSchema, SERVICE } from './config';

const config = loadConfig(warehouseConfigSchema);
void bootstrapService(AppModule.register(config), { service: SERVICE, config });
