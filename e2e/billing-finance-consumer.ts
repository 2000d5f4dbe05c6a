import { Consumer, EachMessagePayload, Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { testKafkaBrokers, waitFor } from '@freight/testing';

/** One message as finance reads it: the envelope, parsed, and its Kafka key. */
export interface FinanceMessage {
  key: string;
  envelope: { id: string; type: string; subject: string; data: Record<string, unknown> };
}

/**
 * Finance's outside consumer of billing.events, written as a partner would: a plain kafkajs
 * consumer in its own group, reading from the beginning — no platform code (R42).
 */
export class FinanceConsumer {
  readonly messages: FinanceMessage[] = [];

  private constructor(private readonly consumer: Consumer) {}

  static async start(topic: string): Promise<FinanceConsumer> {
    const kafka = new Kafka({
      clientId: 'finance-ledger',
      brokers: testKafkaBrokers(),
      logLevel: logLevel.NOTHING,
    });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 6 }] }).catch(() => undefined);
    await admin.disconnect();
    const consumer = kafka.consumer({ groupId: `finance-${randomBytes(4).toString('hex')}` });
    const finance = new FinanceConsumer(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }: EachMessagePayload) => {
        finance.messages.push({
          key: message.key?.toString() ?? '',
          envelope: JSON.parse(message.value!.toString()),
        });
      },
    });
    return finance;
  }

  /** The distinct events of a type (finance de-duplicates on the envelope id, as the contract asks). */
  ofType(type: string): FinanceMessage[] {
    const seen = new Set<string>();
    return this.messages.filter((m) => {
      if (m.envelope.type !== type || seen.has(m.envelope.id)) return false;
      seen.add(m.envelope.id);
      return true;
    });
  }

  async waitFor(type: string, where: (m: FinanceMessage) => boolean, count = 1) {
    return waitFor(
      () => {
        const found = this.ofType(type).filter(where);
        return found.length >= count ? found : undefined;
      },
      { description: `${count} × ${type} at finance`, timeoutMs: 60_000 },
    );
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }
}
