import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { MetaModule } from '../meta/meta.module';

export const OPENAPI_PATHS = { ui: '/api/docs', json: '/api/openapi.json' } as const;

// The modules whose routes form the public API; operational endpoints (health, metrics) are not part of it.
const API_MODULES = [MetaModule];

/** The gateway's OpenAPI document: UI at /api/docs, JSON at /api/openapi.json. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const description = new DocumentBuilder()
    .setTitle('Freight customer-service API')
    .setDescription(
      'The gateway of the customer-service platform: the one HTTP API of the internal front ends (R42).',
    )
    // versions the /api/v1 surface
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, description, { include: API_MODULES });
  SwaggerModule.setup(OPENAPI_PATHS.ui, app, document, {
    jsonDocumentUrl: OPENAPI_PATHS.json,
    raw: ['json'],
    customSiteTitle: 'Freight customer-service API',
  });
}
