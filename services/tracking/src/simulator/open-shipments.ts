import { randomUUID } from 'node:crypto';
import { serviceEventsTopic } from '@freight/contracts';
import { EventEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import type { OpenShipment, Status } from './dispatch-plan';

// What the dispatch simulator knows of the world: the open orders, learnt from Kafka like a
// partner's own feed — order.events (placed, amended, cancelled) and tracking.events (the
// furthest status each shipment reached), read from the beginning to their current ends by a
// throwaway consumer group that commits nothing (decision 0063).

const MILESTONES: Status[] = [
  'picked-up',
  'departed',
  'arrived-at-hub',
  'out-for-delivery',
  'delivered',
];

/** Every order placed and not cancelled, with the furthest status tracking published; delivered ones left out. */
export async function learnOpenShipments(
  kafka: KafkaClient,
  namespace?: string,
): Promise<OpenShipment[]> {
  const open = new Map<string, OpenShipment>();
  const reached = new Map<string, Status>();
  const cancelled = new Set<string>();
  const topics = [serviceEventsTopic('order'), serviceEventsTopic('tracking')].map((t) =>
    namespaced(namespace, t),
  );
  await readAll(kafka, topics, (envelope) => {
    const data = envelope.data as Record<string, never>;
    if (envelope.type === 'order.placed' || envelope.type === 'order.amended') {
      const order = data as unknown as OrderLike;
      open.set(order.waybillNo, {
        waybillNo: order.waybillNo,
        origin: order.lane.origin,
        destination: order.lane.destination,
        shipperDistrict: order.shipper?.address?.district,
        consigneeDistrict: order.consignee?.address?.district,
      });
    } else if (envelope.type === 'order.cancelled') cancelled.add(data.waybillNo);
    else if (envelope.type === 'tracking.shipment.status-changed' && data.status !== 'exception') {
      const status = data.status as Status;
      const before = reached.get(data.waybillNo);
      if (!before || MILESTONES.indexOf(status) > MILESTONES.indexOf(before))
        reached.set(data.waybillNo, status);
    }
  });
  return [...open.values()]
    .filter((s) => !cancelled.has(s.waybillNo) && reached.get(s.waybillNo) !== 'delivered')
    .map((s) => ({ ...s, status: reached.get(s.waybillNo) }));
}

interface OrderLike {
  waybillNo: string;
  lane: { origin: string; destination: string };
  shipper?: { address?: { district?: string } };
  consignee?: { address?: { district?: string } };
}

/** Reads `topics` from the beginning to their current ends with a group that commits nothing. */
async function readAll(kafka: KafkaClient, topics: string[], onEvent: (e: EventEnvelope) => void) {
  const admin = await kafka.adminClient();
  const existing = new Set(await admin.listTopics());
  const present = topics.filter((t) => existing.has(t));
  if (present.length === 0) return;
  const ends = new Map<string, bigint>();
  for (const topic of present)
    for (const p of await admin.fetchTopicOffsets(topic))
      if (BigInt(p.high) > 0n) ends.set(`${topic}|${p.partition}`, BigInt(p.high));
  if (ends.size === 0) return;
  const group = `ops.dispatch-simulator.${randomUUID()}`;
  const consumer = kafka.consumer({ groupId: group, maxWaitTimeInMs: 200 });
  await consumer.connect();
  await consumer.subscribe({ topics: present, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ topic, partition, message }) => {
          try {
            onEvent(JSON.parse(String(message.value)) as EventEnvelope);
          } catch {
            // not an envelope: not ours to judge here
          }
          const key = `${topic}|${partition}`;
          if (BigInt(message.offset) + 1n >= (ends.get(key) ?? 0n)) ends.delete(key);
          if (ends.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  await admin.deleteGroups([group]).catch(() => undefined);
}
