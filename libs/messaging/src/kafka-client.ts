import { Logger } from '@nestjs/common';
import {
  Admin,
  Consumer,
  ConsumerConfig,
  Kafka,
  logLevel,
  LogEntry,
  Producer,
  ProducerConfig,
} from 'kafkajs';

export interface KafkaClientOptions {
  /** host:port of each bootstrap broker */
  brokers: string[];
  /** names the connecting service in broker logs and metrics */
  clientId: string;
}

const LIMITED_RETRIES_WARNING =
  'Limiting retries for the idempotent producer may invalidate EoS guarantees';

/** kafkajs logs through Nest's logger (so the service's JSON logs), not its own console format. */
function nestLogCreator() {
  const logger = new Logger('kafkajs');
  return () =>
    ({ level, namespace, log }: LogEntry) => {
      const { message, ...extra } = log;
      const line = `[${namespace}] ${message}${extra.broker ? ` (${extra.broker})` : ''}`;
      // The relay bounds its producer's retries on purpose (outbox-relay.ts): it re-sends whole
      // batches, and consumers' inboxes absorb the copies that may leave on the wire.
      if (message === LIMITED_RETRIES_WARNING) return logger.debug(line);
      if (level === logLevel.ERROR) logger.error(line);
      else if (level === logLevel.WARN) logger.warn(line);
      else logger.log(line);
    };
}

/**
 * The one place the platform touches kafkajs' connection API, so the client stays swappable
 * (architecture.md, Runtime and packages). Services, health checks and tests go through it.
 */
export class KafkaClient {
  private readonly kafka: Kafka;
  private admin?: Promise<Admin>;
  /** A separate admin that does not retry: a readiness probe must answer fast, not wait 50 s. */
  private probe?: Promise<Admin>;

  constructor(readonly options: KafkaClientOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator: nestLogCreator(),
      retry: { retries: 8, initialRetryTime: 200 },
    });
  }

  producer(config: ProducerConfig = {}): Producer {
    return this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, ...config });
  }

  consumer(config: ConsumerConfig): Consumer {
    return this.kafka.consumer(config);
  }

  /** Resolves when a metadata request to the cluster succeeds; used by /health/ready. */
  async ping(): Promise<void> {
    this.probe ??= this.connect(this.kafka.admin({ retry: { retries: 0 } }));
    try {
      await (await this.probe).describeCluster();
    } catch (error) {
      const probe = this.probe;
      this.probe = undefined; // reconnect on the next probe
      await probe?.then(
        (admin) => admin.disconnect(),
        () => undefined,
      );
      throw error;
    }
  }

  /**
   * Creates the topics that do not exist yet (brokers run with auto-creation off: every topic is
   * declared, libs/contracts topics.ts). Two services creating one topic at once is fine.
   */
  async ensureTopics(
    topics: { topic: string; numPartitions?: number; retentionMs?: number }[],
  ): Promise<void> {
    const admin = await this.adminClient();
    const existing = new Set(await admin.listTopics());
    const missing = [...new Map(topics.map((t) => [t.topic, t])).values()].filter(
      (t) => !existing.has(t.topic),
    );
    if (missing.length === 0) return;
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({
          topic: t.topic,
          numPartitions: t.numPartitions ?? 6,
          configEntries:
            t.retentionMs === undefined
              ? []
              : [{ name: 'retention.ms', value: String(t.retentionMs) }],
        })),
      });
    } catch (error) {
      // another client created some of them in between: fine when they all exist now
      const now = new Set(await admin.listTopics());
      if (!missing.every((t) => now.has(t.topic))) throw error;
    }
  }

  /** The consumer groups the cluster knows, as named (no suffixes added). */
  async listGroupIds(): Promise<string[]> {
    const { groups } = await (await this.adminClient()).listGroups();
    return groups.map((g) => g.groupId);
  }

  /** The admin client, for tooling inside libs/messaging (dead-letter inspection). */
  adminClient(): Promise<Admin> {
    this.admin ??= this.connect(this.kafka.admin()).catch((error: unknown) => {
      this.admin = undefined; // not cached: the next call tries again
      throw error;
    });
    return this.admin;
  }

  /** Disconnects the admins, including one still connecting (its failure no longer matters). */
  async disconnect(): Promise<void> {
    const admins = [this.admin, this.probe];
    this.admin = this.probe = undefined;
    await Promise.all(
      admins.map((pending) =>
        pending?.then(
          (admin) => admin.disconnect(),
          () => undefined,
        ),
      ),
    );
  }

  private async connect(admin: Admin): Promise<Admin> {
    try {
      await admin.connect();
      return admin;
    } catch (error) {
      await admin.disconnect();
      throw error;
    }
  }
}
