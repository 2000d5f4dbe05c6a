import { EventEnvelope, envelopeHeaders, KafkaClient, LazyProducer } from '@freight/messaging';

/**
 * Publishes envelopes straight to Kafka with the idempotent producer, keyed by subject, as an
 * outside producer (the dispatch system, another service) would: for tests. Production code
 * never publishes directly — the outbox relay does, after commit.
 */
export class EventPublisher {
  private readonly producer: LazyProducer;

  constructor(private readonly kafka: KafkaClient) {
    this.producer = new LazyProducer(kafka);
  }

  private readonly topics = new Set<string>();

  async publish(topic: string, envelopes: EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    // brokers do not auto-create topics: a test may publish before a consumer created one
    if (!this.topics.has(topic)) {
      await this.kafka.ensureTopics([{ topic }]);
      this.topics.add(topic);
    }
    const producer = await this.producer.get();
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

  close(): Promise<void> {
    return this.producer.close();
  }
}
