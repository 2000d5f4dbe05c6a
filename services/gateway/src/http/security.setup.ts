import rateLimit from '@fastify/rate-limit';
import helmet from 'helmet';
import { CORRELATION_HEADER, HEALTH_PATHS, METRICS_PATH } from '@freight/platform';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GatewayConfig } from '../config';
import { IDEMPOTENCY_HEADER } from '../idempotency/idempotency.interceptor';

// Probes come from the orchestrator's address every few seconds; they must never be limited.
const UNLIMITED_PATHS = new Set<string>([HEALTH_PATHS.live, HEALTH_PATHS.ready, METRICS_PATH]);

class RateLimited extends Error {
  readonly statusCode = 429;
}

// The x-ratelimit-* headers go out with the 429 only: on every other answer they cost more
// than the rest of the outer wall together (docs/api-conventions.md).
const NO_HEADERS_BEFORE_THE_LIMIT = {
  'x-ratelimit-limit': false,
  'x-ratelimit-remaining': false,
  'x-ratelimit-reset': false,
} as const;

/**
 * helmet's security headers, computed once: with no nonces they depend on nothing in the
 * request, and building them per request (as @fastify/helmet does) was a tenth of the
 * gateway's CPU per request.
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const collect = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet({
    // Swagger UI at /api/docs styles itself inline; scripts stay same-origin only.
    contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"] } },
  })({} as never, collect as never, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/**
 * The gateway's outer wall, before any route runs (OWASP API4/API8): security headers, the
 * CORS allow-list and the per-IP rate limit. (JSON only, within BODY_LIMIT_BYTES for every
 * parser: the platform's HTTP adapter, libs/platform create-service-app.ts.) The per-user limit needs
 * the verified token and lives in AccessGuard.
 */
export async function setupSecurity(
  app: NestFastifyApplication,
  config: GatewayConfig,
): Promise<void> {
  const headers = securityHeaders();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
  // No allow-list, no CORS at all: browsers then refuse to read the API from another origin,
  // and same-origin requests do not pay for a hook that could only say no.
  if (config.CORS_ORIGINS.length > 0)
    app.enableCors({
      origin: config.CORS_ORIGINS,
      methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
      allowedHeaders: [
        'authorization',
        'content-type',
        IDEMPOTENCY_HEADER,
        CORRELATION_HEADER,
        'last-event-id',
      ],
      exposedHeaders: [CORRELATION_HEADER, 'retry-after', 'idempotent-replayed'],
      maxAge: 600,
    });
  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    max: config.RATE_LIMIT_PER_IP,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    addHeadersOnExceeding: NO_HEADERS_BEFORE_THE_LIMIT,
    allowList: (request) => UNLIMITED_PATHS.has(request.routeOptions.url ?? ''),
    errorResponseBuilder: (_request, context) =>
      new RateLimited(`rate limit for your address reached; retry in ${context.after}`),
  });
}
