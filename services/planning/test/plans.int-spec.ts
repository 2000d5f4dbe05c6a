import { KafkaClient } from '@freight/messaging';
import { ServiceUnderTest, waitFor } from '@freight/testing';
import type { PlanningConfig } from '../src/config';
import { PlanningSolver } from '../src/solver/planning-solver';
import {
  dispatcher,
  OrderEvents,
  placedOrder,
  PLAN_DATE,
  startPlanning,
} from './support/planning-app';

// The planning service on its own (R40 and issue 25 items 4, 5, 8): plans from order events,
// pins and moves, staleness, publication, the map, and a crashing solver helper.
describe('R40 plans of a branch day (service API)', () => {
  let planning: ServiceUnderTest<PlanningConfig>;
  let orders: OrderEvents;
  const call = (method: string, path: string, body?: unknown) =>
    planning.http(method, path, { body, headers: dispatcher });
  const jobsOfDay = async () =>
    (await call('GET', `/jobs?branch=SH01&date=${PLAN_DATE}`)).body.items as { id: string }[];

  beforeAll(async () => {
    planning = await startPlanning();
    orders = new OrderEvents(planning.app.get(KafkaClient), planning.namespace);
  });
  afterAll(async () => {
    await orders?.close();
    await planning?.stop();
  });

  it('R40: order events give the day its pickups and door deliveries; a cancelled order cancels them', async () => {
    const door = placedOrder({ deliveryMode: 'door' });
    door.lane = { origin: 'SH', destination: 'WH' };
    const cancelled = placedOrder({});
    await orders.placed(door, cancelled);
    await orders.cancelled(cancelled.waybillNo, new Date('2025-03-11T03:00:00Z'));
    await waitFor(
      async () => (await jobsOfDay()).some((j) => j.id === `${door.waybillNo}:pickup`),
      'pickup recorded',
    );
    const delivery = await waitFor(async () => {
      const answer = await call('GET', `/jobs?branch=WH01&date=2025-03-15`);
      return answer.body.items.find((j: { id: string }) => j.id === `${door.waybillNo}:delivery`);
    }, 'door delivery recorded at the destination branch');
    // the promise (2025-03-15 10:00 UTC = 18:00 in Wuhan) closes a window that opens at 09:00
    expect(delivery).toMatchObject({
      kind: 'delivery',
      branch: 'WH01',
      status: 'open',
      window: { from: '2025-03-15T01:00:00.000Z', to: '2025-03-15T10:00:00.000Z' },
    });
    await waitFor(async () => {
      const answer = await call('GET', `/jobs?branch=SH01&date=${PLAN_DATE}`);
      return answer.body.items.find(
        (j: { id: string; status: string }) =>
          j.id === `${cancelled.waybillNo}:pickup` && j.status === 'cancelled',
      );
    }, 'cancelled pickup');
  });

  it('issue 25 item 8: a helper that crashes answers the plan in flight 503 with Retry-After, then comes back', async () => {
    const solver = planning.app.get(PlanningSolver).helper;
    await orders.placed(placedOrder({ lat: 31.1, lng: 121.5 }));
    await waitFor(async () => (await jobsOfDay()).length >= 2, 'jobs of the day');
    const pending = call('POST', '/plans', {
      branch: 'SH01',
      date: PLAN_DATE,
      timeLimitSeconds: 20,
    });
    await waitFor(() => solver.pending > 0, 'the plan reached the helper');
    process.kill(solver.pid!, 'SIGKILL');
    const answer = await pending;
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ type: 'urn:freight:problem:solver-unavailable' });
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    await waitFor(() => solver.status === 'ready', {
      description: 'the helper restarted',
      timeoutMs: 60_000,
    });
    expect(
      (await call('POST', '/plans', { branch: 'SH01', date: PLAN_DATE, timeLimitSeconds: 1 }))
        .status,
    ).toBe(201);
  });

  it('issue 25 item 5: the map is an SVG with one coloured route per vehicle, and the stops come as a table', async () => {
    const plan = (
      await call('POST', '/plans', { branch: 'SH01', date: PLAN_DATE, timeLimitSeconds: 1 })
    ).body;
    const map = await call('GET', `/plans/${plan.id}/map.svg`);
    expect(map.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(map.text.startsWith('<svg')).toBe(true);
    expect(map.text.match(/<polyline class="route"/g)?.length ?? 0).toBe(plan.routes.length);
    for (const route of plan.routes) expect(map.text).toContain(`stroke="${route.colour}"`);
    const table = await call('GET', `/plans/${plan.id}/stops`);
    expect(table.body).toMatchObject({ planId: plan.id, branch: 'SH01' });
    expect(table.body.items.length).toBe(plan.summary.served);
  });

  it('refuses a malformed plan request naming the field, and an unknown branch with its reason', async () => {
    const bad = await call('POST', '/plans', { branch: 'SH01', date: '12/03/2025' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'date' })]);
    const unknown = await call('POST', '/plans', { branch: 'XX99', date: PLAN_DATE });
    expect(unknown.status).toBe(422);
    expect(unknown.body.type).toBe('urn:freight:problem:unknown-branch');
  });
});
