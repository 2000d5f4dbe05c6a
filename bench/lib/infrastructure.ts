import { startTestInfrastructure, TestInfrastructure } from '@freight/testing';
import { progress } from './progress';

/**
 * Runs `body` against real Kafka and Postgres found or started exactly as the integration tests
 * do (env → testcontainers → deploy/local), and stops afterwards only what was started here.
 */
export async function withInfrastructure<T>(
  body: (infrastructure: TestInfrastructure) => Promise<T>,
): Promise<T> {
  progress('starting infrastructure');
  const infrastructure = await startTestInfrastructure();
  progress(
    `infrastructure (${infrastructure.source}): Kafka ${infrastructure.kafkaBrokers.join(',')}`,
  );
  try {
    return await body(infrastructure);
  } finally {
    await infrastructure.stop();
  }
}
