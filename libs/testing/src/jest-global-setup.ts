import { startTestInfrastructure, TestInfrastructure } from './infrastructure';

/** Where the handle waits for teardown: Jest runs global setup and teardown in one process. */
export const INFRASTRUCTURE_HANDLE = Symbol.for('freight.testing.infrastructure');

type WithHandle = typeof globalThis & { [INFRASTRUCTURE_HANDLE]?: TestInfrastructure };

/**
 * The integration project's global setup: starts (or finds) Kafka and Postgres once per run and
 * passes them to the test workers through KAFKA_BROKERS and DATABASE_URL, which they inherit.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const infrastructure = await startTestInfrastructure();
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers.join(',');
  process.env.DATABASE_URL = infrastructure.databaseUrl;
  (globalThis as WithHandle)[INFRASTRUCTURE_HANDLE] = infrastructure;
  if (infrastructure.source !== 'external') {
    process.stderr.write(
      `[test-infra] ${infrastructure.source} infrastructure ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
}
