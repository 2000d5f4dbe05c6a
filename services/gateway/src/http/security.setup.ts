import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { CORRELATION_HEADER, HEALTH_PATHS, METRICS_PATH } from '@freight/platform';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayConfig } from '../config';
import { IDEMPOTENCY_HEADER } from '../idempotency/idempotency.interceptor';

// Probes come from the orchestrator's address every few seconds; they must never be limited.
const UNLIMITED_PATHS = new Set<string>([HEALTH_PATHS.live, HEALTH_PATHS.ready, METRICS_PATH]);

class RateLimited extends Error {
  readonly statusCode = 429;
}

/**
 * The gateway's outer wall, before any route runs (OWASP API4/API8): security headers, the
 * CORS allow-list, a JSON body size limit and the per-IP rate limit. The per-user limit needs
 * the verified token and lives in AccessGuard.
 */
export async function setupSecurity(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  await app.register(helmet, {
    // Swagger UI at /api/docs styles itself inline; scripts stay same-origin only.
    contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"] } },
  });
  app.enableCors({
    // An empty list answers no cross-origin request: browsers then refuse to read the API.
    origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
    methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', IDEMPOTENCY_HEADER, CORRELATION_HEADER, 'last-event-id'],
    exposedHeaders: [CORRELATION_HEADER, 'retry-after', 'idempotent-replayed'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    max: config.RATE_LIMIT_PER_IP,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    allowList: (request) => UNLIMITED_PATHS.has(request.routeOptions.url ?? ''),
    errorResponseBuilder: (_request, context) =>
      new RateLimited(`rate limit for your address reached; retry in ${context.after}`),
  });
  app.useBodyParser('application/json', { bodyLimit: config.BODY_LIMIT_BYTES });
}
