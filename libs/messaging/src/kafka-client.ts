import { Admin, Consumer, ConsumerConfig, Kafka, logLevel, Producer, ProducerConfig } from 'kafkajs';

export interface KafkaClientOptions {
  /** host:port of each bootstrap broker */
  brokers: string[];
  /** names the connecting service in broker logs and metrics */
  clientId: string;
}

/**
 * The one place the platform touches kafkajs' connection API, so the client stays swappable
 * (architecture.md, Runtime and packages). Services, health checks and tests go through it.
 */
export class KafkaClient {
  private readonly kafka: Kafka;
  private admin?: Admin;

  constructor(readonly options: KafkaClientOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
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
    const admin = await this.connectedAdmin();
    await admin.describeCluster();
  }

  async ensureTopics(topics: { topic: string; numPartitions?: number }[]): Promise<void> {
    const admin = await this.connectedAdmin();
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((t) => ({ topic: t.topic, numPartitions: t.numPartitions ?? 6 })),
    });
  }

  async disconnect(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect();
  }

  private async connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }
}
