import type { Consumer, KafkaMessage } from 'kafkajs';
import type { KafkaClient } from '../kafka-client';

export interface StoredMessage {
  partition: number;
  message: KafkaMessage;
}

/**
 * Reads a topic from the group's committed offsets (or the start) up to the end it has NOW, then
 * stops: dead letters that arrive meanwhile wait for the next run. `onMessage` runs in order per
 * partition; with `commit`, each message's offset is committed once `onMessage` resolved.
 */
export async function readToEnd(
  kafka: KafkaClient,
  { topic, group, commit }: { topic: string; group: string; commit: boolean },
  onMessage: (stored: StoredMessage) => Promise<void>,
): Promise<void> {
  const admin = await kafka.adminClient();
  const partitions = await admin.fetchTopicOffsets(topic);
  const ends = new Map(partitions.map((p) => [p.partition, BigInt(p.high)]));
  const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
  const starts = new Map((committed?.partitions ?? []).map((p) => [p.partition, BigInt(p.offset)]));
  // Committed offset -1 means none; the log may also start above 0 once retention deleted some.
  const firstToRead = (p: { partition: number; low: string }) =>
    [starts.get(p.partition) ?? -1n, BigInt(p.low)].reduce((a, b) => (a > b ? a : b));
  const pending = new Set(
    partitions.filter((p) => firstToRead(p) < BigInt(p.high)).map((p) => p.partition),
  );
  if (pending.size === 0) return;

  const consumer: Consumer = kafka.consumer({ groupId: group });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const offset = BigInt(message.offset);
            if (!pending.has(partition) || offset >= ends.get(partition)!) return;
            await onMessage({ partition, message });
            if (commit)
              await consumer.commitOffsets([{ topic, partition, offset: String(offset + 1n) }]);
            if (offset + 1n >= ends.get(partition)!) pending.delete(partition);
            if (pending.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}
