import * as fs from 'node:fs';
import * as path from 'node:path';

export type InfrastructureSource = 'external' | 'testcontainers' | 'local';

export interface TestInfrastructure {
  kafkaBrokers: string[];
  /** server URL; tests make their own databases on it (createTestDatabase) */
  databaseUrl: string;
  source: InfrastructureSource;
  /**
   * Stops only what this call started (with deploy/local: once no other process, such as a second
   * test run, still uses it); never servers it merely found.
   */
  stop(): Promise<void>;
}

type LocalInfra = typeof import('../../../deploy/local/infra');

// Confluent's image is what KafkaContainer drives; 8.0 carries Apache Kafka 4.0 (KRaft only).
const KAFKA_IMAGE = 'confluentinc/cp-kafka:8.0.0';
const POSTGRES_IMAGE = 'postgres:18-alpine';
const KAFKA_CONTAINER_PORT = 9093;

const log = (line: string) => process.stderr.write(`[test-infra] ${line}\n`);

/**
 * deploy/local is plain JavaScript outside the compiled trees: find it by walking up, so this
 * works from libs/testing/src (Jest) and from dist/libs/testing/src (benchmarks) alike.
 */
async function loadLocalInfra(): Promise<LocalInfra> {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'deploy', 'local', 'infra.js');
    if (fs.existsSync(candidate)) return (await import(candidate)) as LocalInfra;
    if (path.dirname(dir) === dir)
      throw new Error(`deploy/local/infra.js not found above ${__dirname}`);
  }
}

function fromEnvironment(): TestInfrastructure | undefined {
  const brokers = process.env.KAFKA_BROKERS;
  const databaseUrl = process.env.DATABASE_URL;
  if (!brokers || !databaseUrl) return undefined;
  return {
    kafkaBrokers: brokers
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    databaseUrl,
    source: 'external',
    stop: async () => {},
  };
}

/** Whether a Docker (or compatible) engine answers; without one this rejects within milliseconds. */
async function containerRuntimeAnswers(): Promise<boolean> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
    return true;
  } catch (err) {
    log(
      `no container runtime (${err instanceof Error ? err.message.split('\n')[0] : String(err)}): using deploy/local`,
    );
    return false;
  }
}

async function startContainers(): Promise<TestInfrastructure> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  log(`starting ${KAFKA_IMAGE} and ${POSTGRES_IMAGE} with testcontainers`);
  const [kafka, postgres] = await Promise.allSettled([
    new KafkaContainer(KAFKA_IMAGE).withKraft().start(),
    new PostgreSqlContainer(POSTGRES_IMAGE).start(),
  ]);
  if (kafka.status === 'rejected' || postgres.status === 'rejected') {
    await Promise.all(
      [kafka, postgres].map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)),
    );
    const reason =
      kafka.status === 'rejected' ? kafka.reason : (postgres as PromiseRejectedResult).reason;
    throw new Error(`testcontainers could not start the test infrastructure: ${String(reason)}`, {
      cause: reason,
    });
  }
  const k = kafka.value;
  const pg = postgres.value;
  return {
    kafkaBrokers: [`${k.getHost()}:${k.getMappedPort(KAFKA_CONTAINER_PORT)}`],
    databaseUrl: pg.getConnectionUri(),
    source: 'testcontainers',
    stop: async () => {
      await Promise.all([k.stop(), pg.stop()]);
    },
  };
}

async function startLocal(): Promise<TestInfrastructure> {
  const { up } = await loadLocalInfra();
  const handle = await up('test', { log: (line) => log(`local: ${line}`) });
  return {
    kafkaBrokers: handle.kafkaBrokers,
    databaseUrl: handle.databaseUrl,
    source: 'local',
    stop: () => handle.stop(),
  };
}

/**
 * Real Kafka and Postgres for integration tests and benchmarks, from the first source that works:
 * env KAFKA_BROKERS and DATABASE_URL (both set) → testcontainers when a container engine answers →
 * deploy/local's `test` profile (Kafka jars from Maven Central, Postgres on 5432 or embedded).
 * FREIGHT_TEST_INFRA=local skips the container check.
 */
export async function startTestInfrastructure(): Promise<TestInfrastructure> {
  process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
  const external = fromEnvironment();
  if (external) return external;
  if (process.env.FREIGHT_TEST_INFRA !== 'local' && (await containerRuntimeAnswers()))
    return startContainers();
  return startLocal();
}
