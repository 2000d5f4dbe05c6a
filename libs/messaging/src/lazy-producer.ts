import type { Producer, ProducerConfig } from 'kafkajs';
import type { KafkaClient } from './kafka-client';

/**
 * An idempotent producer connected on first use and shared by every send after it. A failed
 * connection is forgotten, so the next send tries again; `reset` discards a producer the broker
 * no longer accepts. The relay, the dead-letter publisher and tests' publishers hold one each.
 */
export class LazyProducer {
  private producer?: Promise<Producer>;

  constructor(
    private readonly kafka: KafkaClient,
    private readonly config: ProducerConfig = {},
  ) {}

  get(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.kafka.producer(this.config);
      await producer.connect();
      return producer;
    })().catch((err: unknown) => {
      this.producer = undefined;
      throw err;
    });
    return this.producer;
  }

  /** Discards the producer (the next `get` connects a new one); it is being dropped either way. */
  async reset(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.then((p) => p.disconnect()).catch(() => undefined);
  }

  async close(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    if (producer) await (await producer.catch(() => undefined))?.disconnect();
  }
}
