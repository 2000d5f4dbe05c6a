import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AdminModule } from '../admin/admin.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import {
  jsonSchemaOf,
  PROBLEM_SCHEMA_NAME,
  problemResponses,
  problemSchema,
} from '../http/openapi-schema';
import { LiveModule } from '../live/live.module';
import { MetaModule } from '../meta/meta.module';
import { ProxyModule } from '../proxy/proxy.module';
import { ViewsModule } from '../views/views.module';

export const OPENAPI_PATHS = { ui: '/api/docs', json: '/api/openapi.json' } as const;

// The modules whose routes form the public API; operational endpoints (health, metrics) are not part of it.
const API_MODULES = [
  AuthModule,
  AdminModule,
  AuditModule,
  MetaModule,
  LiveModule,
  ProxyModule,
  ViewsModule,
];

const HOW_TO = `The gateway of the customer-service platform: the one HTTP API of the internal front ends (R42).

Sign in with POST /api/v1/auth/login (**Try it out**, as a demo user such as \`agent\`): the page
then authorizes itself with the returned access token, so every other operation can be tried at
once (or press **Authorize** and paste a token). A refresh through the page swaps the token; a
logout forgets it.
Each operation lists the roles allowed to call it in \`x-roles\` and whether its records are
branch-scoped in \`x-branch-scope\` (R41). Errors are application/problem+json (RFC 9457).`;

/** The part of a Swagger UI response that its response interceptor reads. */
export interface DocsPageResponse {
  url: string;
  ok: boolean;
  body?: unknown;
}

/**
 * Runs in the browser, in the page at /api/docs: Swagger UI calls it with every response the
 * page receives. A sign-in or refresh tried out there authorizes the page with the new access
 * token; a logout forgets it — and either is saved like the Authorize dialog saves its own
 * (persistAuthorization: localStorage), so a reload keeps the sign-in and does not bring back a
 * token the logout ended. Swagger UI's page gets it as source text (Function.toString), so it
 * must not use anything from this module.
 */
export function authorizeDocsPage(response: DocsPageResponse): DocsPageResponse {
  const page = globalThis as unknown as {
    location: { href: string };
    ui?: {
      preauthorizeApiKey(scheme: string, token: string): void;
      authActions: { logout(schemes: string[]): void; persistAuthorizationIfNeeded(): void };
    };
  };
  if (!response.ok || !page.ui) return response;
  const path = new URL(response.url, page.location.href).pathname;
  const accessToken = (response.body as { accessToken?: unknown } | undefined)?.accessToken;
  if (/\/api\/v1\/auth\/(login|refresh)$/.test(path) && typeof accessToken === 'string')
    page.ui.preauthorizeApiKey('bearer', accessToken);
  else if (path.endsWith('/api/v1/auth/logout')) page.ui.authActions.logout(['bearer']);
  else return response;
  // preauthorizeApiKey and logout change the page only; this saves (or clears) it too.
  page.ui.authActions.persistAuthorizationIfNeeded();
  return response;
}

type OperationObject = NonNullable<OpenAPIObject['paths'][string]['post']>;

/**
 * Every POST of a signed-in caller goes through the Idempotency-Key replay (change-routes.ts,
 * IdempotencyInterceptor); public POSTs (sign-in, tokens) do not. Written into the document
 * here, once, for exactly those operations.
 */
function documentIdempotency(document: OpenAPIObject): void {
  for (const operations of Object.values(document.paths)) {
    const post = operations.post as (OperationObject & { 'x-roles'?: unknown }) | undefined;
    if (!post || post['x-roles'] === 'public') continue;
    post.parameters = [
      ...(post.parameters ?? []),
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'any 8–200 printable ASCII characters: the same key with the same body answers the first answer ' +
          'again (header `idempotent-replayed: true`); with another body 422; while the first still runs 409',
        schema: { type: 'string', minLength: 8, maxLength: 200 },
      },
    ];
    post.responses = {
      ...(problemResponses(409, 422) as OperationObject['responses']),
      ...post.responses,
    };
  }
}

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
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      [PROBLEM_SCHEMA_NAME]: jsonSchemaOf(problemSchema),
    },
  };
  documentIdempotency(document);
  SwaggerModule.setup(OPENAPI_PATHS.ui, app, document, {
    jsonDocumentUrl: OPENAPI_PATHS.json,
    raw: ['json'],
    customSiteTitle: 'Freight customer-service API',
    swaggerOptions: {
      persistAuthorization: true,
      showExtensions: true,
      responseInterceptor: authorizeDocsPage,
    },
  });
}
