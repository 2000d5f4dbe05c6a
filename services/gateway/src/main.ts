import 'reflect-metadata';
import { bootstrapService, loadConfig } from '@freight/platform';
import { AppModule } from './app.module';
import { gatewayConfigSchema, SERVICE } from './config';
import { configureGateway } from './gateway.setup';

const config = loadConfig(gatewayConfigSchema);
void bootstrapService(AppModule.register(config), {
  service: SERVICE,
  config,
  configure: configureGateway(config),
});
