import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AdminModule } from '../admin/admin.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { LiveModule } from '../live/live.module';
import { MetaModule } from '../meta/meta.module';
import { ProxyModule } from '../proxy/proxy.module';

export const OPENAPI_PATHS = { ui: '/api/docs', json: '/api/openapi.json' } as const;

// The modules whose routes form the public API; operational endpoints (health, metrics) are not part of it.
const API_MODULES = [AuthModule, AdminModule, AuditModule, MetaModule, LiveModule, ProxyModule];

const HOW_TO = `The gateway of the customer-service platform: the one HTTP API of the internal front ends (R42).

Sign in with POST /api/v1/auth/login, then press **Authorize** and paste the accessToken.
Each operation lists the roles allowed to call it in \`x-roles\` and whether its records are
branch-scoped in \`x-branch-scope\` (R41). Errors are application/problem+json (RFC 9457).`;

/** The gateway's OpenAPI 3.1 document: UI at /api/docs, JSON at /api/openapi.json. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const description = new DocumentBuilder()
    .setTitle('Freight customer-service API')
    .setDescription(HOW_TO)
    .setOpenAPIVersion('3.1.0')
    // versions the /api/v1 surface
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  const document = SwaggerModule.createDocument(app, description, { include: API_MODULES });
  SwaggerModule.setup(OPENAPI_PATHS.ui, app, document, {
    jsonDocumentUrl: OPENAPI_PATHS.json,
    raw: ['json'],
    customSiteTitle: 'Freight customer-service API',
    swaggerOptions: { persistAuthorization: true, showExtensions: true },
  });
}
