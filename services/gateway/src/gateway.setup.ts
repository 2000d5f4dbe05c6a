import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayConfig } from './config';
import { setupSecurity } from './http/security.setup';
import { setupOpenApi } from './openapi/openapi.setup';

/** The last touches before the port opens: the outer wall, then the API document. */
export function configureGateway(config: GatewayConfig) {
  return async (app: NestFastifyApplication): Promise<void> => {
    await setupSecurity(app, config);
    setupOpenApi(app);
  };
}
