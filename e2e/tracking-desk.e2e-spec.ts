import { randomBytes } from 'node:crypto';
import { serviceEventsTopic, Topics } from '@freight/contracts';
import { EventEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import {
  EventPublisher,
  FakeClock,
  ServiceUnderTest,
  SmtpSink,
  startServiceForTest,
  startSmtpSink,
  testKafkaBrokers,
  testNamespace,
  waitFor,
} from '@freight/testing';
import { AppModule as GatewayModule } from '../services/gateway/src/app.module';
import { gatewayConfigSchema } from '../services/gateway/src/config';
import { configureGateway } from '../services/gateway/src/gateway.setup';
import { SseStream } from '../services/gateway/test/sse-client';
import { AppModule as SchedulerModule } from '../services/scheduler/src/app.module';
import { schedulerConfigSchema } from '../services/scheduler/src/config';
import { AppModule as TrackingModule } from '../services/tracking/src/app.module';
import { trackingConfigSchema } from '../services/tracking/src/config';
import {
  customerRegistered,
  dispatchStep,
  newWaybillNo,
  orderPlaced,
  OrderData,
} from '../services/tracking/test/support/fixtures';

// Issue 22 "done when", through the gateway with the real scheduler and tracking services on one
// Kafka namespace and one fake clock: an order placed by the order service (its event published
// here), dispatch's steps from an outside producer, the customer's mail caught by an SMTP
// server, a delay exception raised by itself when the promised time lapses and climbing the
// ladder, the POD chased, received and returned in the month's batch. Then R12–R14 at the desk.

const DEMO_PASSWORD = `e2e-${randomBytes(6).toString('hex')}`;
const DEAD = 'http://127.0.0.1:9'; // the order, complaint and billing services are not running here

describe('the tracking desk end to end (issue 22)', () => {
  let scheduler: ServiceUnderTest<ReturnType<typeof schedulerConfigSchema.parse>>;
  let tracking: ServiceUnderTest<ReturnType<typeof trackingConfigSchema.parse>>;
  let gateway: ServiceUnderTest<ReturnType<typeof gatewayConfigSchema.parse>>;
  let smtp: SmtpSink;
  let kafka: KafkaClient;
  let publisher: EventPublisher;
  let namespace: string;
  const clock = new FakeClock('2025-03-10T01:00:00Z'); // Monday 09:00 in Shanghai
  const streams: SseStream[] = [];
  const tokens: Record<string, string> = {};

  const api = (method: string, path: string, role?: string, body?: unknown) =>
    gateway.http(method, `/api/v1${path}`, { token: role ? tokens[role] : undefined, body });
  const publish = (topic: string, ...envelopes: EventEnvelope[]) =>
    publisher.publish(namespaced(namespace, topic), envelopes);
  const placeOrder = async (overrides: Partial<OrderData> = {}) => {
    const placed = orderPlaced(overrides);
    await publish(serviceEventsTopic('order'), placed);
    await waitFor(
      async () =>
        (await api('GET', `/shipments/${placed.data.waybillNo}`, 'hq-service')).status === 200,
      {
        description: `shipment ${placed.data.waybillNo} through the gateway`,
      },
    );
    return placed.data;
  };
  const dispatch = (...steps: EventEnvelope[]) => publish(Topics.dispatchTracking, ...steps);
  const until = <T>(probe: () => Promise<T | undefined | false>, description: string) =>
    waitFor(probe, { description, timeoutMs: 60_000 });
  const deadline = async (subjectType: string, subjectId: string, role = 'hq-service') =>
    (
      await api(
        'GET',
        `/deadlines?subjectType=${subjectType}&subjectId=${encodeURIComponent(subjectId)}`,
        role,
      )
    ).body.items[0];

  beforeAll(async () => {
    namespace = testNamespace();
    smtp = await startSmtpSink();
    scheduler = await startServiceForTest({
      service: 'scheduler',
      configSchema: schedulerConfigSchema,
      appModule: (c) => SchedulerModule.register(c),
      namespace,
      clock,
      env: { DEMO_DATA: 'true', DEADLINE_POLL_MS: '100' },
      logLevel: 'warn',
    });
    tracking = await startServiceForTest({
      service: 'tracking',
      configSchema: trackingConfigSchema,
      appModule: (c) => TrackingModule.register(c),
      namespace,
      clock,
      env: { SMTP_URL: smtp.url, NOTIFY_POLL_MS: '100', POD_CHASE_AFTER_DAYS: '3' },
      logLevel: 'warn',
    });
    gateway = await startServiceForTest({
      service: 'gateway',
      configSchema: gatewayConfigSchema,
      appModule: (c) => GatewayModule.register(c),
      configure: (c) => configureGateway(c),
      namespace,
      clock,
      env: {
        TRACKING_URL: tracking.url,
        SCHEDULER_URL: scheduler.url,
        ORDER_URL: DEAD,
        COMPLAINT_URL: DEAD,
        BILLING_URL: DEAD,
        DEMO_DATA: 'true',
        DEMO_PASSWORD,
        JWT_SECRET: `e2e-secret-${randomBytes(16).toString('hex')}`,
      },
      logLevel: 'warn',
    });
    kafka = new KafkaClient({ brokers: testKafkaBrokers(), clientId: 'dispatch-system-e2e' });
    publisher = new EventPublisher(kafka);
    for (const role of ['agent', 'branch-manager', 'documents-clerk', 'hq-service']) {
      const signed = await api('POST', '/auth/login', undefined, {
        username: role,
        password: DEMO_PASSWORD,
      });
      tokens[role] = signed.body.accessToken;
    }
  }, 300_000);

  afterAll(async () => {
    for (const stream of streams) await stream.close();
    await publisher?.close();
    await kafka?.disconnect();
    await gateway?.stop();
    await tracking?.stop();
    await scheduler?.stop();
    await smtp?.stop();
  });

  it('R11–R14: an order travels from order.placed to delivered, late — told, detected, climbed — and its POD comes back', async () => {
    const manager = await SseStream.open(`${gateway.url}/api/v1/live`, {
      authorization: `Bearer ${tokens['branch-manager']}`,
    });
    streams.push(manager);
    const customer = customerRegistered({
      customerId: 'CUST-SH-E2E',
      company: '华阳精细化工(上海)有限公司',
      email: 'notices@huayang.example',
    });
    await publish(serviceEventsTopic('order'), customer);
    const order = await placeOrder({
      customer: { customerId: 'CUST-SH-E2E', company: '华阳精细化工(上海)有限公司' },
      promisedDeliveryAt: '2025-03-12T10:00:00Z',
    });
    const no = order.waybillNo;

    // R11: dispatch's steps from outside, one late and one twice
    const pickedUp = dispatchStep(no, 'picked-up', '2025-03-10T03:00:00Z');
    await dispatch(dispatchStep(no, 'departed', '2025-03-10T06:00:00Z'), pickedUp, pickedUp);
    await dispatch(dispatchStep(no, 'arrived-at-hub', '2025-03-11T08:00:00Z'));
    const timeline = await until(async () => {
      const answer = await api('GET', `/shipments/${no}/timeline`, 'agent');
      return answer.body?.items?.length === 3 && answer.body;
    }, 'three steps on the timeline');
    expect(timeline.items.map((s: { status: string }) => s.status)).toEqual([
      'picked-up',
      'departed',
      'arrived-at-hub',
    ]);
    expect(timeline.status).toBe('arrived-at-hub');

    // R13: the promised time lapses — a delay exception raises itself and reaches the manager at once
    clock.set('2025-03-12T10:00:01Z');
    const delay = await until(async () => {
      const answer = await api('GET', `/exceptions?waybillNo=${no}&kind=delay`, 'agent');
      return answer.body?.items?.[0];
    }, 'a delay exception');
    expect(delay).toMatchObject({
      source: 'delay-detection',
      assignedRole: 'agent',
      state: 'open',
    });
    await manager.waitForEvent(
      (p) => p.kind === 'alert' && p.data?.subject?.id === delay.id,
      'the branch manager is told at once',
      60_000,
    );
    // … and climbs: two hours later it is the branch manager's
    clock.set('2025-03-12T12:00:01Z');
    const climbed = await until(async () => {
      const e = (await api('GET', `/exceptions/${delay.id}`, 'branch-manager')).body;
      return e?.assignedRole === 'branch-manager' && e;
    }, 'the delay with the branch manager');
    expect(climbed.escalationLevel).toBe(2);
    await manager.waitForEvent(
      (p) =>
        p.kind === 'escalation' &&
        p.data?.deadlineId === `shipment:${no}:delivery` &&
        p.data?.level === 2,
      'the level-2 escalation on the live stream',
      60_000,
    );

    // R11: delivered at last: the customer's mail is caught; the delay clock stops
    await dispatch(
      dispatchStep(no, 'out-for-delivery', '2025-03-12T13:00:00Z'),
      dispatchStep(no, 'delivered', '2025-03-12T14:00:00Z'),
    );
    const mail = await until(
      async () =>
        smtp.mails.find(
          (m) => m.to.includes('notices@huayang.example') && m.subject.includes('已签收'),
        ),
      'the delivery mail',
    );
    expect(mail.subject).toBe(`【久久大经纬物流】运单 ${no} 已签收 / Waybill ${no} delivered`);
    expect(mail.text).toContain('时间：2025-03-12 22:00（北京时间）');
    await until(
      async () => (await deadline('shipment', no))?.state === 'completed',
      'the delivery deadline completed',
    );

    // R14: the POD is expected; missing three days later it is chased by itself
    const expected = (await api('GET', `/pods/${no}`, 'documents-clerk')).body;
    expect(expected).toMatchObject({ state: 'expected', chaseDueAt: '2025-03-15T14:00:00.000Z' });
    clock.set('2025-03-15T14:00:01Z');
    await until(
      async () => (await api('GET', `/pods/${no}`, 'documents-clerk')).body.chaseLevel === 1,
      'the POD chased',
    );
    const received = await api('POST', `/pods/${no}/receipt`, 'documents-clerk', {
      filedAt: 'SH01 cabinet 3, 2025-03',
      imageRef: `scan://pod/${no}.jpg`,
    });
    expect(received.status).toBe(200);
    expect(received.body.custody).toMatchObject({
      receivedAtBranch: 'SH01',
      receivedBy: { username: 'documents-clerk' },
    });
    await until(
      async () => (await deadline('pod', no))?.state === 'completed',
      'the chase completed',
    );
    const month = await until(
      async () => deadline('pod-return', 'SH01:2025-03'),
      'the monthly return deadline',
    );
    expect(month).toMatchObject({ state: 'armed', dueAt: '2025-03-31T16:00:00.000Z', rule: 'R14' });

    // R14: at month end the PODs are sorted by customer and returned by courier
    const built = await api('POST', '/pod-returns', 'documents-clerk', {
      branch: 'SH01',
      month: '2025-03',
    });
    const batch = built.body.items.find(
      (b: { customerId: string }) => b.customerId === 'CUST-SH-E2E',
    );
    expect(batch).toMatchObject({ disposition: 'return', state: 'prepared', waybillNos: [no] });
    const sent = await api('POST', `/pod-returns/${batch.id}/dispatch`, 'documents-clerk', {
      courier: 'SF Express',
      courierRef: 'SF0000000001',
    });
    expect(sent.body.state).toBe('sent');
    await until(
      async () => (await deadline('pod-return', 'SH01:2025-03'))?.state === 'completed',
      'the month returned',
    );

    // one call for the agent on the phone: what tracking knows, and the parts that did not answer
    const view = (await api('GET', `/waybills/${no}`, 'agent')).body;
    expect(view).toMatchObject({
      branch: 'SH01',
      parts: {
        tracking: {
          available: true,
          data: { shipment: { status: 'delivered', onTime: false }, pod: { state: 'returned' } },
        },
        order: {
          available: false,
          reason: 'the order service cannot be reached; try again shortly',
        },
        charges: { available: false },
      },
    });
    expect(view.parts.tracking.data.exceptions).toEqual([
      expect.objectContaining({ id: delay.id, kind: 'delay' }),
    ]);
    expect(view.parts.tracking.data.timeline).toHaveLength(5);
  }, 300_000);

  it('R13: reported to the superior at once; settled within the agent’s authority, else escalated', async () => {
    const manager = await SseStream.open(`${gateway.url}/api/v1/live`, {
      authorization: `Bearer ${tokens['branch-manager']}`,
    });
    streams.push(manager);
    const { waybillNo } = await placeOrder({ promisedDeliveryAt: '2025-04-30T10:00:00Z' });
    const raised = await api('POST', `/shipments/${waybillNo}/exceptions`, 'agent', {
      kind: 'damage',
      note: 'consignee: 2 of 12 drums dented',
    });
    expect(raised.status).toBe(201);
    await manager.waitForEvent(
      (p) => p.kind === 'alert' && p.data?.subject?.id === raised.body.id,
      'the alert',
      60_000,
    );
    const beyond = await api('POST', `/exceptions/${raised.body.id}/close`, 'agent', {
      resolution: 'paid',
      compensation: { amountMinor: 120_000, currency: 'CNY' },
    });
    expect([beyond.status, beyond.body.type]).toEqual([
      422,
      'urn:freight:problem:beyond-authority',
    ]);
    expect(
      (
        await api('POST', `/exceptions/${raised.body.id}/escalate`, 'agent', {
          reason: '¥1,200 asked',
        })
      ).status,
    ).toBe(200);
    const closed = await api('POST', `/exceptions/${raised.body.id}/close`, 'branch-manager', {
      resolution: 'two drums paid at list price',
      compensation: { amountMinor: 120_000, currency: 'CNY' },
    });
    expect(closed.body).toMatchObject({
      state: 'closed',
      closedBy: { username: 'branch-manager' },
    });
    await until(
      async () => (await deadline('shipment-exception', raised.body.id))?.state === 'completed',
      'its handling deadline completed',
    );
  }, 120_000);

  it('R12: the agent on a cargo lookup call finds the shipment from what the caller knows', async () => {
    const { waybillNo } = await placeOrder({ promisedDeliveryAt: '2025-04-30T10:00:00Z' });
    const found = await api(
      'GET',
      `/cargo-lookup?consigneePhone=9000&packaging=drums&destination=${encodeURIComponent('武汉')}&limit=50`,
      'agent',
    );
    expect(found.status).toBe(200);
    expect(found.body.items.map((c: { waybillNo: string }) => c.waybillNo)).toContain(waybillNo);
    expect(found.body.items[0].matched).toEqual(['consignee-phone', 'destination', 'packaging']);
    expect(found.body.items.every((c: { branch: string }) => c.branch === 'SH01')).toBe(true);
  });

  it('R11: customers track their own shipment without signing in — and see nothing else', async () => {
    const { waybillNo } = await placeOrder({ promisedDeliveryAt: '2025-04-30T10:00:00Z' });
    await dispatch(dispatchStep(waybillNo, 'picked-up', '2025-03-15T15:00:00Z'));
    const view = await until(async () => {
      const answer = await gateway.http(
        'GET',
        `/api/v1/public/tracking/${waybillNo}?phoneLast4=9000`,
      );
      return answer.body?.steps?.length === 1 && answer.body;
    }, 'the public view');
    expect(Object.keys(view).sort()).toEqual([
      'promisedDeliveryAt',
      'status',
      'statusText',
      'steps',
      'waybillNo',
    ]);
    expect(view.steps[0]).toEqual({
      status: 'picked-up',
      statusText: '已揽收',
      occurredAt: '2025-03-15T15:00:00.000Z',
      place: 'Shanghai Hub',
    });
    expect(
      (await gateway.http('GET', `/api/v1/public/tracking/${waybillNo}?phoneLast4=1234`)).status,
    ).toBe(404);
  });

  it('R41: a branch sees its own shipments only; HQ sees every branch', async () => {
    const { waybillNo } = await placeOrder({
      waybillNo: newWaybillNo('GZ'),
      branch: 'GZ01',
      promisedDeliveryAt: '2025-04-30T10:00:00Z',
    });
    expect((await api('GET', `/shipments/${waybillNo}`, 'agent')).status).toBe(404);
    expect((await api('GET', `/waybills/${waybillNo}`, 'agent')).status).toBe(404);
    expect((await api('GET', `/shipments/${waybillNo}`, 'hq-service')).body.branch).toBe('GZ01');
    const mine = await api('GET', '/shipments?limit=100', 'agent');
    expect(mine.body.items.every((s: { branch: string }) => s.branch === 'SH01')).toBe(true);
  });
});
