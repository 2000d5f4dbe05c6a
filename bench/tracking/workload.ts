import { dispatchTrackingRecordedV1, formatWaybillNo } from '@freight/contracts';
import { createEnvelope, envelopeHeaders } from '@freight/messaging';
import type { Message } from 'kafkajs';
import type { DataSource } from 'typeorm';

// What the tracking benchmark feeds the service: shipments as the order service's events would
// have made them (seeded in SQL: the benchmark measures dispatch ingest, not order intake), and
// dispatch steps as the partner sends them.

export const JOURNEY = [
  'picked-up',
  'departed',
  'arrived-at-hub',
  'out-for-delivery',
  'delivered',
] as const;
const PLACES = [
  { code: 'SH-PICKUP', name: 'Shanghai pickup' },
  { code: 'HUB-SH', name: 'Shanghai hub' },
  { code: 'HUB-WH', name: 'Wuhan hub' },
  { code: 'WH01', name: 'Wuhan branch' },
  { code: 'WH-DROP', name: 'Wuhan delivery' },
];

/** `count` valid waybill numbers (R5) from `firstSerial`. */
export const waybills = (firstSerial: number, count: number) =>
  Array.from({ length: count }, (_, i) => formatWaybillNo('SH', firstSerial + i));

/**
 * Shipments of SH01 for the waybills, as order.placed would have recorded them. `podRequired`
 * for one in `podEvery`: a delivery of those also expects a POD and arms its chase.
 */
export async function seedShipments(dataSource: DataSource, numbers: string[], podEvery: number) {
  for (let i = 0; i < numbers.length; i += 10_000) {
    const rows = numbers.slice(i, i + 10_000).map((w, j) => ({ w, pod: (i + j) % podEvery === 0 }));
    await dataSource.query(
      `INSERT INTO shipment (waybill_no, order_id, branch, customer_id, customer_company, shipper, consignee,
                             consignee_phone, origin, destination, cargo, features, pod_required,
                             promised_delivery_at, pickup_from, placed_at, order_changed_at, updated_at)
       SELECT r.w, 'ORD-' || r.w, 'SH01', 'CUST-SH-0001', '华阳精细化工(上海)有限公司',
              '{"name":"华阳精细化工","phone":"13800001001","province":"上海市","city":"上海市"}',
              '{"name":"武汉新材料","phone":"13900139000","province":"湖北省","city":"武汉市"}',
              '13900139000', 'SH', 'WH',
              '{"description":"涂料 paint","pieces":12,"weightKg":860,"volumeM3":2.4,"dangerousGoodsClass":"3","packaging":"drums"}',
              '涂料 paint · drums', r.pod, now() + interval '30 days', now(), now(), now(), now()
         FROM jsonb_to_recordset($1::jsonb) AS r(w text, pod boolean)`,
      [JSON.stringify(rows)],
    );
  }
}

/** One dispatch step of the journey, as the partner sends it: a Kafka message keyed by waybill. */
export function stepMessage(waybillNo: string, stage: number, occurredAt: Date): Message {
  const index = Math.min(stage, JOURNEY.length - 1);
  const data = {
    waybillNo,
    status: JOURNEY[index],
    occurredAt: occurredAt.toISOString(),
    place: PLACES[index],
    vehicle: { plate: '沪A·B0001' },
  };
  const envelope = createEnvelope({
    source: '/dispatch',
    type: dispatchTrackingRecordedV1.type,
    subject: waybillNo,
    data,
  });
  return { key: waybillNo, value: JSON.stringify(envelope), headers: envelopeHeaders(envelope) };
}
