import { dlqTopic, isDlqTopic } from '@freight/contracts';
import { randomUUID } from 'node:crypto';
import type { IHeaders } from 'kafkajs';
import type { KafkaClient } from '../kafka-client';
import { DeadLetterHeaders, isDeadLetterHeader } from './dead-letter-headers';
import { readToEnd } from './dead-letter-reader';

/** The group whose committed offsets on each `<topic>.dlq` mark what has been replayed. */
export const DLQ_REPLAY_GROUP = 'ops.dlq-replay';

export interface DeadLetterView {
  partition: number;
  offset: string;
  key?: string;
  type?: string;
  id?: string;
  /** every `dlq-*` header: reason, error, consumer group, attempts, original topic/partition/offset */
  deadLetter: Record<string, string>;
  replayed: boolean;
}

const text = (value: IHeaders[string]) =>
  Array.isArray(value) ? value.map(String).join(',') : value?.toString();

/** Accepts `order.events` or `order.events.dlq`. */
export const dlqOf = (topic: string) => (isDlqTopic(topic) ? topic : dlqTopic(topic));

/** Every dead letter of a topic, with its headers, and whether `replay` already re-drove it. */
export async function listDeadLetters(
  kafka: KafkaClient,
  topic: string,
): Promise<DeadLetterView[]> {
  const dlq = dlqOf(topic);
  const admin = await kafka.adminClient();
  const [replayed] = await admin.fetchOffsets({ groupId: DLQ_REPLAY_GROUP, topics: [dlq] });
  const replayedUpTo = new Map(
    (replayed?.partitions ?? []).map((p) => [p.partition, BigInt(p.offset)]),
  );
  // A throwaway group that commits nothing, deleted afterwards: listing changes no state.
  const group = `ops.dlq-list.${randomUUID()}`;
  const letters: DeadLetterView[] = [];
  await readToEnd(kafka, { topic: dlq, group, commit: false }, async ({ partition, message }) => {
    const headers = message.headers ?? {};
    letters.push({
      partition,
      offset: message.offset,
      key: message.key?.toString(),
      type: text(headers['ce-type']),
      id: text(headers['ce-id']),
      deadLetter: Object.fromEntries(
        Object.keys(headers)
          .filter(isDeadLetterHeader)
          .map((name) => [name, text(headers[name]) ?? '']),
      ),
      replayed: BigInt(message.offset) < (replayedUpTo.get(partition) ?? 0n),
    });
  });
  await admin.deleteGroups([group]).catch((err: Error) => {
    // Only an unused group is left behind; say so rather than fail the listing.
    console.warn(`could not delete the listing group ${group}: ${err.message}`);
  });
  return letters;
}

/**
 * Re-publishes every dead letter not yet replayed to its original topic, same key, value and
 * headers (less the `dlq-*` ones), and records progress in DLQ_REPLAY_GROUP. Consumers' inboxes
 * make a second replay of the same event harmless. Returns how many were re-driven.
 */
export async function replayDeadLetters(kafka: KafkaClient, topic: string): Promise<number> {
  const dlq = dlqOf(topic);
  const producer = kafka.producer();
  await producer.connect();
  let replayed = 0;
  try {
    await readToEnd(
      kafka,
      { topic: dlq, group: DLQ_REPLAY_GROUP, commit: true },
      async ({ partition, message }) => {
        const headers = message.headers ?? {};
        const original =
          text(headers[DeadLetterHeaders.originalTopic]) ?? dlq.replace(/\.dlq$/, '');
        const kept = Object.fromEntries(
          Object.entries(headers).filter(([name]) => !isDeadLetterHeader(name)),
        );
        await producer.send({
          topic: original,
          acks: -1,
          messages: [
            {
              key: message.key,
              value: message.value,
              headers: { ...kept, 'replayed-from': `${dlq}/${partition}/${message.offset}` },
            },
          ],
        });
        replayed++;
      },
    );
  } finally {
    await producer.disconnect();
  }
  return replayed;
}
