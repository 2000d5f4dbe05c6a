import { dlqTopic } from '@freight/contracts';
import type { IHeaders, KafkaMessage } from 'kafkajs';
import type { KafkaClient } from '../kafka-client';
import { LazyProducer } from '../lazy-producer';
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
  private readonly producer: LazyProducer;

  constructor(
    kafka: KafkaClient,
    private readonly group: string,
  ) {
    this.producer = new LazyProducer(kafka);
  }

  async publish(letter: DeadLetter): Promise<void> {
    const producer = await this.producer.get();
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

  close(): Promise<void> {
    return this.producer.close();
  }
}
