import { randomBytes } from 'node:crypto';
import {
  complaintComplaintRegisteredV1,
  complaintSurveyAnsweredV1,
  contractRegistry,
  exampleCustomer,
  exampleOrder,
  formatWaybillNo,
  orderCustomerRegisteredV1,
  orderPlacedV1,
  trackingExceptionRaisedV1,
  trackingPodReceivedV1,
  trackingShipmentStatusChangedV1,
} from '@freight/contracts';
import { createEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import {
  EventPublisher,
  FakeClock,
  HttpAnswer,
  HttpClient,
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
import { AppModule as SchedulerModule } from '../services/scheduler/src/app.module';
import { schedulerConfigSchema } from '../services/scheduler/src/config';
import { AppModule } from '../services/billing/src/app.module';
import { billingConfigSchema, SERVICE } from '../services/billing/src/config';
import { FinanceConsumer } from './billing-finance-consumer';

// One scenario's platform: billing, the scheduler and the gateway on one Kafka namespace and one
// fake clock, a real SMTP sink, finance's outside consumer of billing.events, and a publisher
// standing in for the order, tracking and complaint services (their contracts' examples).

export const DEMO_PASSWORD = `it-${randomBytes(6).toString('hex')}`;
const PREFIXES = ['QA', 'QB', 'QC', 'QD', 'QE', 'QF', 'QG', 'QH'];
let serial = 1;

/** A waybill number no other test of this run uses (R5 format, valid check digit). */
export function nextWaybillNo(): string {
  const prefix = PREFIXES[Number(randomBytes(1)[0]) % PREFIXES.length];
  return formatWaybillNo(prefix, (Date.now() % 100_000_000) * 10 + (serial++ % 10) + 1);
}

export interface BillingWorld {
  clock: FakeClock;
  namespace: string;
  billing: ServiceUnderTest<ReturnType<typeof billingConfigSchema.parse>>;
  scheduler?: ServiceUnderTest<ReturnType<typeof schedulerConfigSchema.parse>>;
  gateway: ServiceUnderTest<ReturnType<typeof gatewayConfigSchema.parse>>;
  smtp: SmtpSink;
  finance: FinanceConsumer;
  publisher: EventPublisher;
  /** an access token of the demo user named after the role (SH01 staff, HQ roles) */
  token(role: string): Promise<string>;
  /** a gateway call as that role */
  as(role: string): (method: string, path: string, body?: unknown) => Promise<HttpAnswer>;
  publish(type: string, data: unknown): Promise<void>;
  stop(): Promise<void>;
}

/** The real scheduler of a scenario (the branches' demo calendars, a fast poll). */
export const startScheduler = (namespace: string, clock: FakeClock) =>
  startServiceForTest({
    service: 'scheduler',
    configSchema: schedulerConfigSchema,
    appModule: (c) => SchedulerModule.register(c),
    namespace,
    clock,
    env: { DEMO_DATA: 'true', DEADLINE_POLL_MS: '50' },
    logLevel: 'warn',
  });

/** The real gateway in front of billing (and the scheduler), demo users signing in. */
export const startGateway = (
  namespace: string,
  clock: FakeClock,
  urls: { BILLING_URL: string; SCHEDULER_URL?: string },
) =>
  startServiceForTest({
    service: 'gateway',
    configSchema: gatewayConfigSchema,
    appModule: (c) => GatewayModule.register(c),
    configure: (c) => configureGateway(c),
    namespace,
    clock,
    env: {
      ...urls,
      DEMO_DATA: 'true',
      DEMO_PASSWORD,
      JWT_SECRET: `it-secret-${randomBytes(16).toString('hex')}`,
      RATE_LIMIT_PER_IP: '100000',
      RATE_LIMIT_PER_USER: '100000',
    },
    logLevel: 'warn',
  });

/** Calls through the gateway as the demo user named after a role (signed in once). */
export function gatewayCaller(gateway: { http: HttpClient }) {
  const tokens = new Map<string, string>();
  const token = async (role: string) => {
    if (!tokens.has(role)) {
      const answer = await gateway.http('POST', '/api/v1/auth/login', {
        body: { username: role, password: DEMO_PASSWORD },
      });
      if (answer.status !== 200) throw new Error(`sign-in of ${role}: ${answer.status}`);
      tokens.set(role, answer.body.accessToken);
    }
    return tokens.get(role)!;
  };
  const as = (role: string) => async (method: string, path: string, body?: unknown) =>
    gateway.http(method, path, { token: await token(role), body });
  return { token, as };
}

/** Publishes another service's event as that service would: its contract, key and topic. */
export function otherServices(namespace: string, clock: FakeClock) {
  const publisher = new EventPublisher(
    new KafkaClient({ clientId: 'billing-test', brokers: testKafkaBrokers() }),
  );
  const publish = async (type: string, data: unknown) => {
    const contract = contractRegistry.get(type);
    const parsed = contract.schema.parse(data);
    await publisher.publish(namespaced(namespace, contract.topic), [
      createEnvelope({
        source: `/freight/${type.split('.')[0]}`,
        type,
        subject: contract.key(parsed),
        data: parsed,
        branch: (parsed as { branch?: string }).branch,
        time: clock.now(),
      }),
    ]);
  };
  return { publisher, publish };
}

export async function startBillingWorld(
  options: { scheduler?: boolean; start?: string; env?: Record<string, string> } = {},
): Promise<BillingWorld> {
  const namespace = testNamespace();
  const clock = new FakeClock(options.start ?? '2025-04-01T01:00:00Z');
  const smtp = await startSmtpSink();
  const scheduler = options.scheduler ? await startScheduler(namespace, clock) : undefined;
  const billing = await startServiceForTest({
    service: SERVICE,
    configSchema: billingConfigSchema,
    appModule: (c) => AppModule.register(c),
    namespace,
    clock,
    env: { SMTP_URL: smtp.url, BILLING_JOBS_POLL_MS: '200', ...options.env },
    logLevel: 'warn',
  });
  const gateway = await startGateway(namespace, clock, {
    BILLING_URL: billing.url,
    ...(scheduler ? { SCHEDULER_URL: scheduler.url } : {}),
  });
  const { publisher, publish } = otherServices(namespace, clock);
  const finance = await FinanceConsumer.start(namespaced(namespace, 'billing.events'));
  return {
    clock,
    namespace,
    billing,
    scheduler,
    gateway,
    smtp,
    finance,
    publisher,
    ...gatewayCaller(gateway),
    publish,
    stop: async () => {
      // BILLING_TEST_LOGS=1: billing's warnings and errors, to see why a test failed
      if (process.env.BILLING_TEST_LOGS)
        for (const line of billing.logLines.filter(
          (l) => l.level === 'error' || l.level === 'warn',
        ))
          process.stderr.write(`${JSON.stringify(line)}\n`);
      await finance.stop();
      await publisher.close();
      await gateway.stop();
      await billing.stop();
      await scheduler?.stop();
      await smtp.stop();
    },
  };
}

// ---- the other services' events, from their contracts' examples ----------------------------

export interface OrderSpec {
  waybillNo?: string;
  customerId: string;
  company?: string;
  branch?: string;
  placedAt: string;
  lines?: { code: string; description: string; amountMinor: number; taxRate: number }[];
  paymentTerms?: 'prepaid' | 'freight-collect' | 'monthly' | 'on-receipt';
  podRequired?: boolean;
  codMinor?: number;
}

export function customerRegistered(customerId: string, overrides: Record<string, unknown> = {}) {
  return {
    ...orderCustomerRegisteredV1.example,
    ...exampleCustomer,
    customerId,
    company: `测试客户 ${customerId}`,
    email: `${customerId.toLowerCase()}@example.cn`,
    registeredAt: '2025-03-01T00:00:00Z',
    ...overrides,
  };
}

export function orderPlaced(spec: OrderSpec) {
  const lines = spec.lines ?? [
    { code: 'freight', description: '运费 SH→WH', amountMinor: 172_000, taxRate: 0.09 },
    {
      code: 'dangerous-goods',
      description: '危险品附加费 UN 3',
      amountMinor: 30_000,
      taxRate: 0.09,
    },
  ];
  const net = lines.reduce((s, l) => s + l.amountMinor, 0);
  return {
    ...orderPlacedV1.example,
    ...exampleOrder,
    orderId: `ORD-${spec.waybillNo}`,
    waybillNo: spec.waybillNo ?? nextWaybillNo(),
    branch: spec.branch ?? 'SH01',
    customer: {
      customerId: spec.customerId,
      company: spec.company ?? `测试客户 ${spec.customerId}`,
    },
    price: {
      lines: lines.map((l) => ({
        code: l.code,
        description: l.description,
        amount: { amountMinor: l.amountMinor, currency: 'CNY' },
        taxRate: l.taxRate,
      })),
      net: { amountMinor: net, currency: 'CNY' },
      tax: { amountMinor: 0, currency: 'CNY' },
      total: { amountMinor: net, currency: 'CNY' },
    },
    paymentTerms: spec.paymentTerms ?? 'monthly',
    podRequired: spec.podRequired ?? true,
    codAmount: spec.codMinor ? { amountMinor: spec.codMinor, currency: 'CNY' } : null,
    placedAt: spec.placedAt,
  };
}

export function delivered(
  order: ReturnType<typeof orderPlaced>,
  occurredAt: string,
  onTime = true,
) {
  return {
    ...trackingShipmentStatusChangedV1.example,
    waybillNo: order.waybillNo,
    orderId: order.orderId,
    branch: order.branch,
    customerId: order.customer.customerId,
    occurredAt,
    onTime,
  };
}

export function podReceived(order: ReturnType<typeof orderPlaced>, receivedAt: string) {
  return {
    ...trackingPodReceivedV1.example,
    waybillNo: order.waybillNo,
    branch: order.branch,
    customerId: order.customer.customerId,
    receivedAt,
  };
}

export function exceptionRaised(order: ReturnType<typeof orderPlaced>, raisedAt: string) {
  return {
    ...trackingExceptionRaisedV1.example,
    exceptionId: `EXC-${order.waybillNo}`,
    waybillNo: order.waybillNo,
    branch: order.branch,
    customerId: order.customer.customerId,
    raisedAt,
  };
}

export function complaintRegistered(id: string, branch: string, registeredAt: string) {
  return { ...complaintComplaintRegisteredV1.example, complaintId: id, branch, registeredAt };
}

export function surveyAnswered(id: string, branch: string, score: number, answeredAt: string) {
  return { ...complaintSurveyAnsweredV1.example, surveyId: id, branch, score, answeredAt };
}

/** Waits until billing's read model holds `n` shipments placed for the customer. */
export async function shipmentsArrived(world: BillingWorld, customerId: string, n: number) {
  await waitFor(
    async () => {
      const [row] = await world.billing.dataSource.query(
        'SELECT count(*)::int AS n FROM shipment WHERE customer_id = $1 AND placed_at IS NOT NULL',
        [customerId],
      );
      return row.n >= n;
    },
    { description: `${n} shipments of ${customerId} in billing`, timeoutMs: 60_000 },
  );
}

// ---- the month-end steps through the gateway, for scenarios that need invoices ---------------

/** The branch manager closes the month by hand; resolves with the customer's statement. */
export async function closeMonth(
  world: BillingWorld,
  branch: string,
  month: string,
  customerId: string,
) {
  const manager = world.as('branch-manager');
  const started = await manager('POST', '/api/v1/month-closes', { branch, month });
  if (started.status !== 202) throw new Error(`close: ${started.status} ${started.text}`);
  return waitFor(
    async () => {
      const list = await manager(
        'GET',
        `/api/v1/statements?period=${month}&customerId=${customerId}`,
      );
      return list.body?.items?.[0];
    },
    { description: `the statement of ${customerId} for ${month}`, timeoutMs: 60_000 },
  );
}

/** Documents desk (everything matched, check complete), then the agent sends the statement. */
export async function checkAndSend(
  world: Pick<BillingWorld, 'as'>,
  statementId: string,
): Promise<void> {
  const clerk = world.as('documents-clerk');
  const { body: view } = await clerk('GET', `/api/v1/statements/${statementId}`);
  const marks = view.lines.map((l: { lineId: string }) => ({ lineId: l.lineId, mark: 'matched' }));
  const steps = [
    [clerk, `/api/v1/statements/${statementId}/check-marks`, { marks }],
    [clerk, `/api/v1/statements/${statementId}/check-complete`, {}],
    [world.as('agent'), `/api/v1/statements/${statementId}/send`, {}],
  ] as const;
  for (const [as, path, body] of steps) {
    const answer = await as('POST', path, body);
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${answer.text}`);
  }
}

/** Checked, sent, and the confirmation recorded by the agent: the invoice number. */
export async function invoiceStatement(
  world: Pick<BillingWorld, 'as'>,
  statementId: string,
): Promise<string> {
  await checkAndSend(world, statementId);
  const confirmed = await world.as('agent')('POST', `/api/v1/statements/${statementId}/confirm`, {
    note: 'confirmed on the phone',
  });
  if (confirmed.status !== 200) throw new Error(`confirm: ${confirmed.status} ${confirmed.text}`);
  return confirmed.body.invoice.invoiceNo;
}
