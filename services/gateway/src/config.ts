import { env, platformConfigSchema } from '@freight/platform';
import { z } from 'zod';

export const SERVICE = 'gateway';

/** A comma-separated list, trimmed, empty entries dropped; '' or unset is the empty list. */
function commaList(defaultValue: string, check: (item: string) => boolean, expected: string) {
  return z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine((items) => items.every(check), expected)
    .prefault(defaultValue);
}

const isOrigin = (v: string): boolean =>
  URL.canParse(v) && /^https?:$/.test(new URL(v).protocol) && new URL(v).origin === v;

export const gatewayConfigSchema = platformConfigSchema({ service: SERVICE, port: 8080 })
  .extend({
    // The internal HTTP addresses of the services behind the gateway.
    ORDER_URL: env.httpUrl('http://127.0.0.1:8081'),
    TRACKING_URL: env.httpUrl('http://127.0.0.1:8082'),
    COMPLAINT_URL: env.httpUrl('http://127.0.0.1:8083'),
    BILLING_URL: env.httpUrl('http://127.0.0.1:8084'),
    WAREHOUSE_URL: env.httpUrl('http://127.0.0.1:8085'),
    SCHEDULER_URL: env.httpUrl('http://127.0.0.1:8086'),
    PLANNING_URL: env.httpUrl('http://127.0.0.1:8087'),
    // Password of the demo users (DEMO_DATA=true); generated and logged once when unset.
    DEMO_PASSWORD: z.string().min(8, 'expected at least 8 characters').optional(),

    // Access tokens the gateway signs (HS256). Unset: a random key per process, announced in the
    // log — fine for one developer, wrong for replicas (each would reject the others' tokens).
    JWT_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
    JWT_ISSUER: z.string().min(1).prefault('freight-gateway'),
    JWT_AUDIENCE: z.string().min(1).prefault('freight-api'),
    ACCESS_TOKEN_TTL_SECONDS: env.positiveInteger(900),
    REFRESH_TOKEN_TTL_SECONDS: env.positiveInteger(14 * 24 * 3600),
    // Sign-in throttling (docs/decisions/0023): wrong passwords for one account from one address
    // before that address is locked out of it (LOGIN_LOCKOUT_SECONDS, doubling per further failure);
    // failures from one address, and from everyone (spraying), per LOGIN_FAILURE_WINDOW_SECONDS.
    LOGIN_MAX_FAILURES: env.positiveInteger(5),
    LOGIN_LOCKOUT_SECONDS: env.positiveInteger(900),
    LOGIN_MAX_FAILURES_PER_ADDRESS: env.positiveInteger(30),
    LOGIN_MAX_FAILURES_GLOBAL: env.positiveInteger(300),
    LOGIN_FAILURE_WINDOW_SECONDS: env.positiveInteger(900),
    // How long a replica trusts a user's token epoch it read (decision 0020): the longest another
    // replica serves a demoted, disabled or revoked user's old access token.
    TOKEN_EPOCH_CACHE_MS: env.positiveInteger(5_000),

    // An external OpenID Connect issuer whose tokens are accepted too (all three or none).
    OIDC_ISSUER: z.string().min(1).optional(),
    OIDC_AUDIENCE: z.string().min(1).optional(),
    OIDC_JWKS_URL: z.url({ protocol: /^https?$/, error: 'expected an http(s):// URL' }).optional(),
    OIDC_ALGORITHMS: commaList(
      'RS256,ES256',
      (a) => /^(RS|PS|ES)(256|384|512)$|^EdDSA$/.test(a),
      'expected asymmetric JWS algorithms, e.g. RS256,ES256',
    ),
    OIDC_ROLE_CLAIM: z.string().min(1).prefault('roles'),
    OIDC_BRANCH_CLAIM: z.string().min(1).prefault('branch'),

    RATE_LIMIT_PER_IP: env.positiveInteger(600),
    RATE_LIMIT_PER_USER: env.positiveInteger(300),
    RATE_LIMIT_WINDOW_MS: env.positiveInteger(60_000),
    BODY_LIMIT_BYTES: env.positiveInteger(100 * 1024),
    // Browser origins allowed to call the API (CORS); empty: no cross-origin browser access.
    CORS_ORIGINS: commaList(
      '',
      isOrigin,
      'expected origins like https://cs.example.com, comma-separated',
    ),
    // The built agent console served at /console/ (issue 26); unset: apps/console/dist of the
    // checkout when it exists, else no console.
    CONSOLE_DIR: z.string().min(1).optional(),
    // How long the gateway waits for a service behind it before answering 503.
    PROXY_TIMEOUT_MS: env.positiveInteger(5_000),
    // Live stream (GET /api/v1/live, docs/decisions/0021): the consumer group that writes each
    // escalation once into live_notification, and the topic it reads. Both fixed in production;
    // tests and shared clusters override them to stay apart.
    LIVE_CONSUMER_GROUP: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/, 'expected a Kafka group id')
      .prefault('gateway.live'),
    LIVE_ESCALATIONS_TOPIC: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/, 'expected a Kafka topic')
      .prefault('scheduler.escalations'),
    // What a reconnecting client can get back with Last-Event-ID: this many hours, at most this many events.
    LIVE_RETENTION_HOURS: env.positiveInteger(24),
    LIVE_REPLAY_MAX_EVENTS: env.positiveInteger(1_000),
    // A comment line this often keeps proxies from closing an idle stream.
    LIVE_HEARTBEAT_MS: env.positiveInteger(15_000),
    // Backstop for a missed LISTEN/NOTIFY wake-up (database reconnect).
    LIVE_POLL_MS: env.positiveInteger(2_000),
    // A stream ends after this long; the client reconnects (new ticket or token) with Last-Event-ID,
    // so a revoked or demoted user is not streamed to forever.
    LIVE_MAX_STREAM_SECONDS: env.positiveInteger(900),
    // ?ticket= for EventSource, which cannot send an Authorization header: single use, this short.
    LIVE_TICKET_TTL_SECONDS: env.positiveInteger(30),
  })
  .refine(
    (c) =>
      [c.OIDC_ISSUER, c.OIDC_AUDIENCE, c.OIDC_JWKS_URL].every((v) => v === undefined) ||
      [c.OIDC_ISSUER, c.OIDC_AUDIENCE, c.OIDC_JWKS_URL].every((v) => v !== undefined),
    {
      path: ['OIDC_ISSUER'],
      message: 'expected OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL together',
    },
  );

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

/** The services behind the gateway and where to reach them. */
export function downstreamServices(config: GatewayConfig): { name: string; url: string }[] {
  return [
    { name: 'order', url: config.ORDER_URL },
    { name: 'tracking', url: config.TRACKING_URL },
    { name: 'complaint', url: config.COMPLAINT_URL },
    { name: 'billing', url: config.BILLING_URL },
    { name: 'warehouse', url: config.WAREHOUSE_URL },
    { name: 'scheduler', url: config.SCHEDULER_URL },
    { name: 'planning', url: config.PLANNING_URL },
  ];
}
