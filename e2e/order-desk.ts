import { randomBytes } from 'node:crypto';
import { OrderHttp, trackingShipmentStatusChangedV1 } from '@freight/contracts';
import { createEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import {
  EventPublisher,
  FakeClock,
  HttpCall,
  ServiceUnderTest,
  startServiceForTest,
  testKafkaBrokers,
  testNamespace,
} from '@freight/testing';
import { AppModule as GatewayModule } from '../services/gateway/src/app.module';
import { gatewayConfigSchema } from '../services/gateway/src/config';
import { configureGateway } from '../services/gateway/src/gateway.setup';
import { SseStream } from '../services/gateway/test/sse-client';
import { AppModule as SchedulerModule } from '../services/scheduler/src/app.module';
import { schedulerConfigSchema } from '../services/scheduler/src/config';
import { startOrder } from '../services/order/test/support/order-app';

// The customer desk as its users reach it: the order service, the scheduler and the gateway
// in-process on one Kafka namespace and one FakeClock (Monday 2 March 2026, 09:00 in Shanghai,
// unless given), the gateway's demo users signed in by role. Acceptance tests drive it only
// through /api/v1, as a front end would.

export const MONDAY_9AM = '2026-03-02T01:00:00.000Z';
const PASSWORD = `desk-${randomBytes(6).toString('hex')}`;

export type Desk = Awaited<ReturnType<typeof startDesk>>;

export async function startDesk(options: { clock?: FakeClock; scheduler?: boolean } = {}) {
  const namespace = testNamespace();
  const clock = options.clock ?? new FakeClock(MONDAY_9AM);
  const order = await startOrder({ namespace, clock });
  const scheduler = options.scheduler
    ? await startServiceForTest({
        service: 'scheduler',
        configSchema: schedulerConfigSchema,
        appModule: (c) => SchedulerModule.register(c),
        namespace,
        clock,
        env: { DEMO_DATA: 'true', DEADLINE_POLL_MS: '100' },
        logLevel: 'warn',
      })
    : undefined;
  const gateway = await startServiceForTest({
    service: 'gateway',
    configSchema: gatewayConfigSchema,
    appModule: (c) => GatewayModule.register(c),
    configure: (c) => configureGateway(c),
    namespace,
    clock,
    logLevel: 'warn',
    env: {
      ORDER_URL: order.url,
      ...(scheduler ? { SCHEDULER_URL: scheduler.url } : {}),
      DEMO_DATA: 'true',
      DEMO_PASSWORD: PASSWORD,
      JWT_SECRET: `desk-${randomBytes(16).toString('hex')}`,
      RATE_LIMIT_PER_IP: '100000',
      RATE_LIMIT_PER_USER: '100000',
    },
  });

  const tokens = new Map<string, string>();
  const signIn = async (username: string, password = PASSWORD): Promise<string> => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const answer = await gateway.http('POST', '/api/v1/auth/login', {
      body: { username, password },
    });
    if (answer.status !== 200)
      throw new Error(`sign-in of ${username}: ${answer.status} ${answer.text}`);
    tokens.set(username, answer.body.accessToken);
    return answer.body.accessToken as string;
  };
  /** `as` a demo user (named after the role: agent, branch-manager, hq-service …). */
  const api = async (
    as: string,
    method: string,
    path: string,
    call: Omit<HttpCall, 'token'> = {},
  ) => gateway.http(method, `/api/v1${path}`, { ...call, token: await signIn(as) });

  /** A member of staff in another branch (the gateway's demo users work in SH01 and HQ). */
  const addUser = async (username: string, role: string, branchCode: string) => {
    const created = await api('admin', 'POST', '/admin/users', {
      body: { username, displayName: username, role, branchCode, password: 'a-long-password-1' },
    });
    if (created.status !== 201)
      throw new Error(`user ${username}: ${created.status} ${created.text}`);
    await signIn(username, 'a-long-password-1');
  };

  const streams: SseStream[] = [];
  /** The live stream (GET /api/v1/live) of a signed-in user. */
  const live = async (as: string) => {
    const stream = await SseStream.open(`${gateway.url}/api/v1/live`, {
      authorization: `Bearer ${await signIn(as)}`,
    });
    streams.push(stream);
    return stream;
  };

  const running: ServiceUnderTest<never>[] = [
    gateway,
    ...(scheduler ? [scheduler] : []),
    order,
  ] as never[];
  return {
    clock,
    namespace,
    order,
    scheduler,
    gateway,
    api,
    addUser,
    live,
    /** the access token of a signed-in user, for raw requests (files) */
    token: signIn,
    stop: async () => {
      for (const stream of streams) await stream.close();
      for (const service of running) await service.stop();
    },
  };
}

/** The demo tariff's lanes between SH, GZ and WH, as a pricing clerk's CSV (R3). */
export function tariffBody(overrides: Record<string, unknown> = {}) {
  const lanes = [
    ['SH', 'WH', '1.20', '0.95', 2],
    ['SH', 'GZ', '1.45', '1.15', 3],
    ['WH', 'SH', '1.15', '0.90', 2],
  ] as const;
  return {
    ...OrderHttp.exampleRateTable,
    name: 'acceptance tariff',
    regions: [
      ...OrderHttp.exampleRateTable.regions,
      { code: 'GZ', name: '广州', cities: ['广州市'] },
    ],
    csv: [
      'origin,destination,basis,from,rate,lead_days,minimum_charge',
      ...lanes.flatMap(([o, d, r0, r500, days]) => [
        `${o},${d},kg,0,${r0},${days},50.00`,
        `${o},${d},kg,500,${r500},${days},50.00`,
      ]),
      'SH,WH,m3,0,260.00,2,50.00',
    ].join('\n'),
    ...overrides,
  };
}

let serial = 0;
/** A customer file of SH01 with a phone no other test uses. */
export function customerBody(overrides: Record<string, unknown> = {}) {
  serial += 1;
  const phone = `139${String(Date.now() % 100_000_000).padStart(8, '0')}`.slice(0, 11);
  return {
    company: `验收测试客户 ${serial} ${randomBytes(3).toString('hex')}`,
    contacts: [{ name: '王芳', phone: `${phone.slice(0, 9)}${String(serial).padStart(2, '0')}` }],
    addresses: [
      {
        label: 'warehouse',
        province: '上海市',
        city: '上海市',
        district: '闵行区',
        street: '华宁路 88 号',
        coordinates: { lat: 31.0246, lng: 121.4129 },
      },
    ],
    billingTerms: { kind: 'monthly', creditDays: 30 },
    ...overrides,
  };
}

/** A Wuhan consignee (R40 coordinates). */
export const WUHAN_CONSIGNEE = {
  name: '武汉光谷光电有限公司',
  contact: '罗斌',
  phone: '13700003001',
  address: {
    province: '湖北省',
    city: '武汉市',
    district: '洪山区',
    street: '光谷大道 77 号',
    coordinates: { lat: 30.4794, lng: 114.4139 },
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read what they expect
type EventBody = { type: string; data: Record<string, any> };

/** The events the order service committed of a type (its outbox: what reaches Kafka). */
export async function publishedEvents(desk: Desk, type: string): Promise<EventBody[]> {
  const rows = (await desk.order.dataSource.query(
    "SELECT envelope FROM outbox WHERE envelope->>'type' = $1 ORDER BY id",
    [type],
  )) as { envelope: EventBody }[];
  return rows.map((r) => r.envelope);
}

/** A quote inquiry of SH01 for Wuhan, covered by tariffBody() (R2). */
export function inquiryBody(overrides: Record<string, unknown> = {}) {
  return {
    company: '华阳精细化工(上海)有限公司',
    contact: { name: '李伟', phone: '13800001001' },
    cargo: {
      description: '机械零件 machine parts',
      pieces: 12,
      weightKg: 860,
      volumeM3: 2.4,
      packaging: 'crates',
    },
    origin: { province: '上海市', city: '上海市', district: '闵行区', street: '华宁路 88 号' },
    destination: {
      province: '湖北省',
      city: '武汉市',
      district: '洪山区',
      street: '光谷大道 77 号',
    },
    serviceOptions: { pickup: true, deliveryMode: 'door', podRequired: true },
    ...overrides,
  };
}

/** The scheduler's deadlines of a subject, as the desk sees them through the gateway (R39). */
export async function deadlinesOf(desk: Desk, type: string, id: string) {
  const answer = await desk.api(
    'hq-service',
    'GET',
    `/deadlines?subjectType=${type}&subjectId=${encodeURIComponent(id)}`,
  );
  return answer.body.items as { id: string; state: string; dueAt: string }[];
}

/** Publishes a tracking step of a waybill as the tracking service would (R11, its contract). */
export async function trackingStep(
  desk: Desk,
  order: { orderId: string; waybillNo: string; branch: string },
  status: string,
) {
  const kafka = new KafkaClient({ brokers: testKafkaBrokers(), clientId: 'order-e2e' });
  const publisher = new EventPublisher(kafka);
  try {
    const data = {
      ...trackingShipmentStatusChangedV1.example,
      waybillNo: order.waybillNo,
      orderId: order.orderId,
      branch: order.branch,
      status,
      previousStatus: null,
      occurredAt: desk.clock.now().toISOString(),
    };
    await publisher.publish(namespaced(desk.namespace, trackingShipmentStatusChangedV1.topic), [
      createEnvelope({
        source: '/freight/tracking',
        type: trackingShipmentStatusChangedV1.type,
        subject: order.waybillNo,
        data: trackingShipmentStatusChangedV1.schema.parse(data),
      }),
    ]);
  } finally {
    await publisher.close();
    await kafka.disconnect();
  }
}
