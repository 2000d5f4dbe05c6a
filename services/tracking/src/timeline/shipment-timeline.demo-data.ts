import type { DemoDataContext } from '@freight/platform';

// One shipment from the Shanghai hub to Guangzhou, half-way along; ids are fixed so reruns add nothing.
const DEMO_TIMELINE = [
  {
    id: 'demo-dispatch-0001',
    milestone: 'picked-up',
    occurredAt: '2026-11-24T02:30:00Z',
    place: 'SH-C0001 plant, Minhang',
    vehicle: '沪A·D1234',
  },
  {
    id: 'demo-dispatch-0002',
    milestone: 'departed',
    occurredAt: '2026-11-24T09:10:00Z',
    place: 'Shanghai Hub (SH01)',
    vehicle: '沪A·D1234',
  },
  {
    id: 'demo-dispatch-0003',
    milestone: 'arrived-at-hub',
    occurredAt: '2026-11-25T06:45:00Z',
    place: 'Guangzhou Hub (GZ01)',
    vehicle: '沪A·D1234',
  },
];

/** A demo waybill with a partial timeline, so the tracking views have something to show. */
export async function seedDemoTimeline({ dataSource }: DemoDataContext): Promise<void> {
  for (const e of DEMO_TIMELINE) {
    await dataSource.query(
      `INSERT INTO shipment_timeline_event (waybill_no, milestone, occurred_at, place, vehicle, dispatch_event_id)
       VALUES ('SH01-2611-000001', $1, $2, $3, $4, $5)
       ON CONFLICT (dispatch_event_id) DO NOTHING`,
      [e.milestone, e.occurredAt, e.place, e.vehicle, e.id],
    );
  }
}
