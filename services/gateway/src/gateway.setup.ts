import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayConfig } from './config';
import { serveConsole } from './console/console.setup';
import { setupSecurity } from './http/security.setup';
import { setupOpenApi } from './openapi/openapi.setup';

/** The last touches before the port opens: the outer wall, the API document, the console. */
export function configureGateway(config: GatewayConfig) {
  return async (app: NestFastifyApplication): Promise<void> => {
    await setupSecurity(app, config);
    setupOpenApi(app);
    await serveConsole(app, config);
  };
}
