import 'reflect-metadata';
import { bootstrapService, loadConfig } from '@freight/platform';
import { AppModule } from './app.module';
import { complaintConfigSchema, SERVICE } from './config';

const config = loadConfig(complaintConfigSchema);
void bootstrapService(AppModule.register(config), { service: SERVICE, config });
