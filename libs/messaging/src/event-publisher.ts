import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import { EventEnvelope, envelopeHeaders } from './envelope';
import { KafkaClient } from './kafka-client';

/**
 * Publishes envelopes to Kafka with the idempotent producer, keyed by subject (the aggregate id)
 * so that one aggregate's events keep their order. Domain code does not call this directly
 * once the outbox exists: the outbox relay does, after commit.
 */
@Injectable()
export class EventPublisher implements OnModuleDestroy {
  private producer?: Promise<Producer>;

  constructor(private readonly kafka: KafkaClient) {}

  async publish(topic: string, envelopes: EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
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

  async onModuleDestroy(): Promise<void> {
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
