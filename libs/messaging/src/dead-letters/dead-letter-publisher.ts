import { dlqTopic } from '@freight/contracts';
import type { IHeaders, KafkaMessage, Producer } from 'kafkajs';
import type { KafkaClient } from '../kafka-client';
import { DeadLetterHeaders, DeadLetterReason } from './dead-letter-headers';

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
}

/**
 * Parks a message on `<topic>.dlq`, byte for byte with its key and headers, plus headers saying
 * why, who gave up, after how many tries and where it came from — so `npm run dlq -- replay`
 * can put it back. Resolves only once Kafka acknowledged it: the caller then moves on.
 */
export class DeadLetterPublisher {
  private producer?: Promise<Producer>;

  constructor(
    private readonly kafka: KafkaClient,
    private readonly group: string,
  ) {}

  async publish(letter: DeadLetter): Promise<void> {
    const producer = await this.connected();
    const headers: IHeaders = {
      ...letter.message.headers,
      [DeadLetterHeaders.reason]: letter.reason,
      [DeadLetterHeaders.error]: letter.error.slice(0, 2000),
      [DeadLetterHeaders.consumerGroup]: this.group,
      [DeadLetterHeaders.attempts]: String(letter.attempts),
      [DeadLetterHeaders.originalTopic]: letter.topic,
      [DeadLetterHeaders.originalPartition]: String(letter.partition),
      [DeadLetterHeaders.originalOffset]: letter.message.offset,
      [DeadLetterHeaders.failedAt]: new Date().toISOString(),
    };
    await producer.send({
      topic: dlqTopic(letter.topic),
      acks: -1,
      messages: [{ key: letter.message.key, value: letter.message.value, headers }],
    });
  }

  async close(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    if (producer) await (await producer).disconnect();
  }

  private connected(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.kafka.producer();
      await producer.connect();
      return producer;
    })().catch((err: unknown) => {
      // Forget the failed connection so the next dead letter tries again.
      this.producer = undefined;
      throw err;
    });
    return this.producer;
  }
}
