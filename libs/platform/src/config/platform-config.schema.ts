import { z } from 'zod';
import {
  brokerList,
  databaseName,
  flag,
  hostName,
  kafkaNamespace,
  logLevel,
  port,
  positiveInteger,
  postgresUrl,
} from './env-fields';

export interface ServiceConfigDefaults {
  /** the service's short name: `order`, `gateway` … (names its database and its logs) */
  service: string;
  /** the port the service listens on unless PORT says otherwise */
  port: number;
}

/**
 * The variables every service reads. A service extends it with its own:
 * `platformConfigSchema({ service: 'gateway', port: 8080 }).extend({ ORDER_URL: httpUrl(…) })`.
 */
export function platformConfigSchema({ service, port: defaultPort }: ServiceConfigDefaults) {
  return z.object({
    PORT: port(defaultPort),
    HOST: hostName('0.0.0.0'),
    // The Postgres SERVER; the service connects to its own database on it (DATABASE_NAME).
    DATABASE_URL: postgresUrl('postgres://postgres@127.0.0.1:5432/postgres'),
    DATABASE_NAME: databaseName(`freight_${service}`),
    // Connections the service may hold at once (node-postgres pool). Eight services share a
    // server's max_connections (100 by default): the whole platform in one test stays well under.
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    KAFKA_BROKERS: brokerList('127.0.0.1:9092'),
    // Prefixes the service's topics and consumer groups on a shared cluster (messaging namespace.ts).
    KAFKA_NAMESPACE: kafkaNamespace(),
    // Partitions of every topic this service creates, instead of the declared ones (tests: a
    // namespace per suite keeps the broker's partition count, and its heap, small).
    KAFKA_TOPIC_PARTITIONS: z
      .string()
      .regex(/^([1-9]\d?)?$/, 'expected 1–99, or empty for the declared counts')
      .transform((v) => (v === '' ? undefined : Number(v)))
      .prefault(''),
    LOG_LEVEL: logLevel('info'),
    SHUTDOWN_TIMEOUT_MS: positiveInteger(10_000),
    DEMO_DATA: flag(false),
    // The largest request body any parser accepts (413 above it).
    BODY_LIMIT_BYTES: positiveInteger(1_048_576),
  });
}

/** What the platform itself needs of a service's configuration. */
export type PlatformConfig = z.output<ReturnType<typeof platformConfigSchema>>;
