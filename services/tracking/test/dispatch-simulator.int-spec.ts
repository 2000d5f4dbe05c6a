import { Topics } from '@freight/contracts';
import { listDeadLetters } from '@freight/messaging';
import { waitFor } from '@freight/testing';
import { simulateDispatch } from '../src/simulator/dispatch-simulator';
import { startTracking, TrackingApp } from './support/tracking-app';

// Issue 22 item 7: `npm run simulate -- dispatch` learns the open orders from Kafka and plays
// them to delivery through dispatch.tracking, as a partner would.

describe('the dispatch simulator', () => {
  let app: TrackingApp;
  beforeAll(async () => {
    app = await startTracking();
  });
  afterAll(() => app?.stop());

  it('R11: plays every open order to delivered, resuming where tracking says each one is', async () => {
    const fresh = await app.placeOrder({ promisedDeliveryAt: '2025-04-30T10:00:00Z' });
    const underway = await app.placeOrder({ promisedDeliveryAt: '2025-04-30T10:00:00Z' });
    await app.dispatch(app.step(underway.waybillNo, 'departed', '2025-01-06T02:00:00Z'));
    await app.eventually(
      'tracking.shipment.status-changed',
      (d) => d.waybillNo === underway.waybillNo,
    );
    // the relay has published it: the simulator reads tracking.events, not the database
    await waitFor(async () => {
      const [row] = await app.service.dataSource.query(
        `SELECT published_at FROM outbox WHERE envelope->>'type' = 'tracking.shipment.status-changed'
            AND envelope->'data'->>'waybillNo' = $1`,
        [underway.waybillNo],
      );
      return row?.published_at;
    });
    const lines: string[] = [];
    const result = await simulateDispatch({
      kafka: app.kafka,
      namespace: app.service.namespace,
      rate: 500,
      bad: true,
      seed: 42,
      log: (line) => lines.push(line),
    });
    expect(result.shipments).toBeGreaterThanOrEqual(2);
    for (const { waybillNo } of [fresh, underway])
      await waitFor(
        async () => (await app.get(`/shipments/${waybillNo}`)).body.status === 'delivered',
        {
          description: `${waybillNo} delivered`,
        },
      );
    const played = (await app.get(`/shipments/${underway.waybillNo}/timeline`)).body.items;
    // it did not pick the shipment up again: it went on from the hub it had left
    expect(played.filter((s: { status: string }) => s.status === 'picked-up')).toEqual([]);
    expect(played.map((s: { status: string }) => s.status)).toContain('arrived-at-hub');
    const letters = await waitFor(async () => {
      const all = await listDeadLetters(app.kafka, app.topic(Topics.dispatchTracking));
      return all.length >= 2 && all;
    });
    expect(letters.map((l) => l.deadLetter['dlq-reason']).sort()).toEqual([
      'refused',
      'schema-invalid',
    ]);
    expect(lines.at(-1)).toMatch(/^done: \d+ shipment\(s\) delivered/);
  });
});
