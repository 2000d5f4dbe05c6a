import type { Producer } from 'kafkajs';
import { EventEnvelope, envelopeHeaders, KafkaClient } from '@freight/messaging';

/**
 * Publishes envelopes straight to Kafka with the idempotent producer, keyed by subject, as an
 * outside producer (the dispatch system, another service) would: for tests. Production code
 * never publishes directly — the outbox relay does, after commit.
 */
export class EventPublisher {
  private producer?: Promise<Producer>;

  constructor(private readonly kafka: KafkaClient) {}

  private readonly topics = new Set<string>();

  async publish(topic: string, envelopes: EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    // brokers do not auto-create topics: a test may publish before a consumer created one
    if (!this.topics.has(topic)) {
      await this.kafka.ensureTopics([{ topic }]);
      this.topics.add(topic);
    }
    const producer = await this.connectedProducer();
    await producer.send({
      topic,
      acks: -1,
      messages: envelopes.map((envelope) => ({
        key: envelope.subject,
        value: JSON.stringify(envelope),
        headers: envelopeHeaders(envelope),
      })),
    });
  }

  async close(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    if (producer) await (await producer).disconnect();
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.kafka.producer();
      await producer.connect();
      return producer;
    })();
    return this.producer;
  }
}
