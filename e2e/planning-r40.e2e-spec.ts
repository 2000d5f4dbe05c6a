import { randomBytes } from 'node:crypto';
import { formatWaybillNo } from '@freight/contracts';
import { KafkaClient } from '@freight/messaging';
import {
  FakeClock,
  ServiceUnderTest,
  startServiceForTest,
  testNamespace,
  waitFor,
} from '@freight/testing';
import { AppModule as GatewayModule } from '../services/gateway/src/app.module';
import { gatewayConfigSchema } from '../services/gateway/src/config';
import { configureGateway } from '../services/gateway/src/gateway.setup';
import { SseStream } from '../services/gateway/test/sse-client';
import type { PlanningConfig } from '../services/planning/src/config';
import {
  OrderEvents,
  placedOrder,
  PLAN_DATE,
  startPlanning,
  TEST_NOW,
} from '../services/planning/test/support/planning-app';

// R40 acceptance through the gateway: a branch's day planned from real order events (published
// here as the order service would), capacity and windows respected, an overweight job reported
// unserved with its reason, a re-plan after a pin, publication to dispatch, and a plan made
// stale by a later cancellation (the dispatcher hears it on the live stream).
const DEMO_PASSWORD = `e2e-${randomBytes(6).toString('hex')}`;
let serial = (randomBytes(3).readUIntBE(0, 3) % 9_000_000) * 100; // a block of its own below 999,999,999
const waybill = () => formatWaybillNo('SH', ++serial);

interface Stop {
  jobId: string;
  kind: string;
  window: { from: string; to: string };
  startAt: string;
  loadAfter: { weightKg: number; volumeM3: number };
}
interface Route {
  vehicleId: string;
  departAt: string;
  returnAt: string;
  startLoad: { weightKg: number; volumeM3: number };
  stops: Stop[];
}

describe('R40 daily pickup and delivery planning, through the gateway', () => {
  let planning: ServiceUnderTest<PlanningConfig>;
  let gateway: ServiceUnderTest<ReturnType<typeof gatewayConfigSchema.parse>>;
  let orders: OrderEvents;
  let token: string;
  const streams: SseStream[] = [];

  const api = (method: string, path: string, body?: unknown, as = token) =>
    gateway.http(method, `/api/v1${path}`, { token: as, body });
  const signIn = async (username: string) =>
    (
      await gateway.http('POST', '/api/v1/auth/login', {
        body: { username, password: DEMO_PASSWORD },
      })
    ).body.accessToken as string;

  // the day's orders: ordinary pickups around Shanghai, one of dangerous goods, one too heavy
  // for any vehicle, one without coordinates, one whose window no shift covers
  const ordinary = [
    [31.25, 121.45, 900, [9, 12]],
    [31.1, 121.35, 700, [9, 17]],
    [31.3, 121.55, 800, [13, 17]],
    [31.15, 121.6, 600, [10, 14]],
    [31.28, 121.38, 500, [9, 17]],
    [31.05, 121.5, 650, [14, 17]],
  ].map(([lat, lng, weightKg, window]) =>
    placedOrder({
      waybillNo: waybill(),
      lat: lat as number,
      lng: lng as number,
      weightKg: weightKg as number,
      volumeM3: 4,
      window: window as [number, number],
    }),
  );
  const dangerous = placedOrder({
    waybillNo: waybill(),
    lat: 31.2,
    lng: 121.3,
    weightKg: 400,
    dangerousGoods: true,
  });
  const overweight = placedOrder({
    waybillNo: waybill(),
    lat: 31.22,
    lng: 121.48,
    weightKg: 12_000,
    volumeM3: 30,
  });
  const unlocated = placedOrder({ waybillNo: waybill(), noCoordinates: true });
  const lateEvening = placedOrder({
    waybillNo: waybill(),
    lat: 31.24,
    lng: 121.5,
    window: [19, 21],
  });
  const day = [...ordinary, dangerous, overweight, unlocated, lateEvening];

  beforeAll(async () => {
    const namespace = testNamespace();
    const clock = new FakeClock(TEST_NOW);
    planning = await startPlanning({ namespace, clock });
    gateway = await startServiceForTest({
      service: 'gateway',
      configSchema: gatewayConfigSchema,
      appModule: (c) => GatewayModule.register(c),
      configure: (c) => configureGateway(c),
      namespace,
      clock,
      env: {
        PLANNING_URL: planning.url,
        PROXY_TIMEOUT_MS: '30000',
        DEMO_DATA: 'true',
        DEMO_PASSWORD,
        JWT_SECRET: `e2e-secret-${randomBytes(16).toString('hex')}`,
      },
      logLevel: 'warn',
    });
    token = await signIn('dispatcher');
    orders = new OrderEvents(planning.app.get(KafkaClient), namespace);
    await orders.placed(...day);
    await waitFor(
      async () => (await api('GET', `/jobs?date=${PLAN_DATE}`)).body.items.length === day.length,
      'every order of the day reached the planning desk',
    );
  }, 240_000);

  afterAll(async () => {
    for (const stream of streams) await stream.close();
    await orders?.close();
    await gateway?.stop();
    await planning?.stop();
  });

  let planId: string;

  it('R40: plans the day from the order events within capacity, windows and shifts; the unservable come back with their reasons', async () => {
    const answer = await api('POST', '/plans', {
      branch: 'SH01',
      date: PLAN_DATE,
      timeLimitSeconds: 2,
    });
    expect(answer.status).toBe(201);
    const plan = answer.body;
    planId = plan.id;
    const fleet = new Map<
      string,
      { weightCapacityKg: number; volumeCapacityM3: number; dangerousGoodsPermit: boolean }
    >((await api('GET', '/fleet')).body.items.map((v: { id: string }) => [v.id, v]));
    const routes = plan.routes as Route[];
    expect(plan.summary.vehicles).toBe(routes.length);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const vehicle = fleet.get(route.vehicleId)!;
      const loads = [route.startLoad, ...route.stops.map((s) => s.loadAfter)];
      for (const load of loads) {
        expect(load.weightKg).toBeLessThanOrEqual(vehicle.weightCapacityKg);
        expect(load.volumeM3).toBeLessThanOrEqual(vehicle.volumeCapacityM3);
      }
      for (const stop of route.stops) {
        expect(Date.parse(stop.startAt)).toBeGreaterThanOrEqual(Date.parse(stop.window.from));
        expect(Date.parse(stop.startAt)).toBeLessThanOrEqual(Date.parse(stop.window.to));
      }
      // the demo shift, 08:00–18:00 in Shanghai
      expect(Date.parse(route.departAt)).toBeGreaterThanOrEqual(
        Date.parse(`${PLAN_DATE}T00:00:00Z`),
      );
      expect(Date.parse(route.returnAt)).toBeLessThanOrEqual(Date.parse(`${PLAN_DATE}T10:00:00Z`));
    }
    const served = routes.flatMap((r) => r.stops.map((s) => s.jobId));
    expect(new Set(served).size).toBe(served.length);
    expect(served.sort()).toEqual(
      [...ordinary, dangerous].map((o) => `${o.waybillNo}:pickup`).sort(),
    );
    const dgRoute = routes.find((r) =>
      r.stops.some((s) => s.jobId === `${dangerous.waybillNo}:pickup`),
    )!;
    expect(fleet.get(dgRoute.vehicleId)!.dangerousGoodsPermit).toBe(true);

    const reasons = Object.fromEntries(
      plan.unserved.map((u: { waybillNo: string; reason: string }) => [u.waybillNo, u]),
    );
    expect(reasons[overweight.waybillNo]).toMatchObject({
      reason: 'over-capacity',
      detail: expect.stringContaining('12000 kg'),
    });
    expect(reasons[unlocated.waybillNo]).toMatchObject({ reason: 'no-coordinates' });
    expect(reasons[lateEvening.waybillNo]).toMatchObject({ reason: 'outside-shifts' });
  });

  it('R40: a stop pinned to another vehicle is on that vehicle after the re-plan', async () => {
    const before = (await api('GET', `/plans/${planId}`)).body;
    const route = (before.routes as Route[]).find((r) =>
      r.stops.some((s) => s.jobId.startsWith(ordinary[0].waybillNo)),
    )!;
    const other = ['SH01-V01', 'SH01-V02', 'SH01-T01'].find((v) => v !== route.vehicleId)!;
    const jobId = `${ordinary[0].waybillNo}:pickup`;
    const pinned = await api('POST', `/plans/${planId}/pins`, { jobId, vehicleId: other });
    expect(pinned.status).toBe(200);
    expect(pinned.body.pins).toEqual([{ jobId, vehicleId: other }]);
    const replanned = await api('POST', `/plans/${planId}/replan`, { timeLimitSeconds: 2 });
    expect(replanned.status).toBe(200);
    expect(replanned.body.revision).toBe(before.revision + 1);
    const now = (replanned.body.routes as Route[]).find((r) =>
      r.stops.some((s) => s.jobId === jobId),
    )!;
    expect(now.vehicleId).toBe(other);
    expect(now.stops.find((s) => s.jobId === jobId)).toMatchObject({ pinned: true });
  });

  it('R40: a move that would overload a van is refused with the reason; the plan stays as it was', async () => {
    const plan = (await api('GET', `/plans/${planId}`)).body;
    const refused = await api('POST', `/plans/${planId}/moves`, {
      jobId: `${overweight.waybillNo}:pickup`,
      vehicleId: 'SH01-V01',
      position: 1,
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      type: 'urn:freight:problem:move-infeasible',
      detail: expect.stringContaining('over its 1500 kg'),
    });
    expect((await api('GET', `/plans/${planId}`)).body.revision).toBe(plan.revision);
  });

  it('R40: the published plan goes to dispatch; an order cancelled afterwards makes it stale and tells the dispatcher live', async () => {
    const stream = await SseStream.open(`${gateway.url}/api/v1/live`, {
      authorization: `Bearer ${token}`,
    });
    streams.push(stream);
    const published = await api('POST', `/plans/${planId}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', stale: false });
    const [event] = await planning.dataSource.query(
      `SELECT envelope FROM outbox WHERE envelope->>'type' = 'planning.plan.published' AND key = $1`,
      [planId],
    );
    expect(event.envelope.data).toMatchObject({
      planId,
      branch: 'SH01',
      date: PLAN_DATE,
      revision: published.body.revision,
    });

    await orders.cancelled(ordinary[1].waybillNo, new Date(TEST_NOW.getTime() + 3_600_000));
    const alert = await stream.waitForEvent(
      (p) => p.kind === 'alert' && p.data?.subject?.id === planId,
      'the dispatcher is told the plan is stale',
      60_000,
    );
    expect(alert.data).toMatchObject({ rule: 'R40', kind: 'plan-stale', roles: ['dispatcher'] });
    const stale = (await api('GET', `/plans/${planId}`)).body;
    expect(stale).toMatchObject({
      stale: true,
      staleReasons: [
        expect.objectContaining({ waybillNo: ordinary[1].waybillNo, change: 'cancelled' }),
      ],
    });
    const again = await api('POST', `/plans/${planId}/publish`);
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:freight:problem:plan-stale');
  });

  it('R41: a GZ01 plan is not the SH01 dispatcher’s; HQ sees it', async () => {
    const gz = await api('POST', '/plans', { branch: 'GZ01', date: PLAN_DATE });
    expect(gz.status).toBe(404);
    const hq = await signIn('general-manager');
    expect((await api('GET', `/plans/${planId}`, undefined, hq)).status).toBe(200);
    expect((await api('POST', '/plans', { branch: 'SH01', date: PLAN_DATE }, hq)).status).toBe(403);
  });
});
