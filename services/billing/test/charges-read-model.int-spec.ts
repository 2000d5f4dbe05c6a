import { randomUUID } from 'node:crypto';
import {
  contractRegistry,
  exampleOrder,
  formatWaybillNo,
  orderAmendedV1,
  orderPlacedV1,
} from '@freight/contracts';
import { createEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import {
  actorHeaders,
  EventPublisher,
  eventsConsumed,
  FakeClock,
  ServiceUnderTest,
  startServiceForTest,
  testKafkaBrokers,
  waitFor,
} from '@freight/testing';
import { AppModule } from '../src/app.module';
import { billingConfigSchema, SERVICE } from '../src/config';

// R24 item 1: billing's read model of charges, fed only by the order and tracking events —
// idempotent, amendments and cancellations applied while the statement is a draft, a charge
// that arrives after its month closed carried to the next statement, never lost or billed twice.

describe('R24 charges read model', () => {
  let billing: ServiceUnderTest<ReturnType<typeof billingConfigSchema.parse>>;
  let publisher: EventPublisher;
  const clock = new FakeClock('2025-03-20T02:00:00Z');
  let serial = Number(String(Date.now()).slice(-7)) * 10;
  const waybill = () => formatWaybillNo('QZ', serial++);
  const customer = `CUST-RM-${Date.now().toString(36).toUpperCase()}`;
  const headers = actorHeaders({
    username: 'documents-clerk',
    role: 'documents-clerk',
    branch: 'SH01',
  });

  const order = (waybillNo: string, placedAt: string, amountMinor = 100_000) => ({
    ...exampleOrder,
    orderId: `ORD-${waybillNo}`,
    waybillNo,
    customer: { customerId: customer, company: '测试客户' },
    price: {
      ...exampleOrder.price,
      lines: [
        {
          code: 'freight',
          description: '运费',
          amount: { amountMinor, currency: 'CNY' },
          taxRate: 0.09,
        },
      ],
    },
    placedAt,
  });
  const publish = async (type: string, data: unknown, id = randomUUID()) => {
    const contract = contractRegistry.get(type);
    const parsed = contract.schema.parse(data);
    await publisher.publish(namespaced(billing.namespace, contract.topic), [
      createEnvelope({
        source: '/freight/order',
        type,
        subject: contract.key(parsed),
        data: parsed,
        id,
      }),
    ]);
  };
  const charge = async (waybillNo: string) =>
    (await billing.http('GET', `/charges?waybillNo=${waybillNo}`)).body.items[0];

  beforeAll(async () => {
    billing = await startServiceForTest({
      service: SERVICE,
      configSchema: billingConfigSchema,
      appModule: (c) => AppModule.register(c),
      clock,
      env: { BILLING_JOBS_POLL_MS: '200' },
      logLevel: 'warn',
    });
    publisher = new EventPublisher(
      new KafkaClient({ clientId: 'rm-test', brokers: testKafkaBrokers() }),
    );
  }, 180_000);

  afterAll(async () => {
    await publisher?.close();
    await billing?.stop();
  });

  it('R24: a redelivered order.placed, or a second one for the same waybill, charges once', async () => {
    const no = waybill();
    const id = randomUUID();
    await publish(orderPlacedV1.type, order(no, '2025-03-05T02:00:00Z'), id);
    await publish(orderPlacedV1.type, order(no, '2025-03-05T02:00:00Z'), id);
    const second = randomUUID();
    await publish(orderPlacedV1.type, order(no, '2025-03-05T02:00:00Z', 999_999), second);
    // both through the inbox (the redelivery shares the first one's id): all three applied
    await eventsConsumed(billing.dataSource, [id, second]);
    const marker = waybill(); // another order of the month, on the statement below
    await publish(orderPlacedV1.type, order(marker, '2025-03-06T02:00:00Z'));
    await waitFor(() => charge(marker), { description: 'the marker order' });
    expect(await charge(no)).toMatchObject({
      billingPeriod: '2025-03',
      lines: [{ amount: { amountMinor: 100_000 }, tax: { amountMinor: 9_000 } }],
    });
  });

  it('R24: an amendment replaces a draft’s charges; a cancellation removes them', async () => {
    const amended = waybill();
    const cancelled = waybill();
    await publish(orderPlacedV1.type, order(amended, '2025-03-07T02:00:00Z'));
    await publish(orderPlacedV1.type, order(cancelled, '2025-03-07T02:00:00Z'));
    await publish(orderAmendedV1.type, {
      ...order(amended, '2025-03-07T02:00:00Z', 150_000),
      amendedAt: '2025-03-08T02:00:00Z',
      amendedBy: { userId: 'u-1', username: 'agent' },
      changes: [{ field: 'price', from: 100_000, to: 150_000 }],
    });
    await publish('order.cancelled', {
      orderId: `ORD-${cancelled}`,
      waybillNo: cancelled,
      branch: 'SH01',
      customerId: customer,
      reason: 'postponed',
      cancelledAt: '2025-03-08T02:00:00Z',
      cancelledBy: { userId: 'u-1', username: 'agent' },
    });
    await waitFor(async () => (await charge(cancelled))?.cancelledAt, {
      description: 'the cancellation',
    });
    await waitFor(async () => (await charge(amended))?.net.amountMinor === 150_000, {
      description: 'the amendment',
    });
    expect((await charge(cancelled)).lines).toEqual([]);
  });

  it('R24: a charge recorded after its month’s close began goes on the next statement', async () => {
    clock.set('2025-04-01T01:00:00Z');
    const closed = await billing.http('POST', '/month-closes', {
      headers,
      body: { branch: 'SH01', month: '2025-03' },
    });
    expect(closed.status).toBe(202);
    const statement = await waitFor(async () => {
      const list = await billing.http('GET', `/statements?customerId=${customer}&period=2025-03`);
      return list.body.items[0];
    });
    expect(statement.lineCount).toBe(3); // the first order, the marker, the amended one
    const late = waybill();
    await publish(orderPlacedV1.type, order(late, '2025-03-30T02:00:00Z'));
    await waitFor(() => charge(late), { description: 'the late order' });
    expect((await charge(late)).billingPeriod).toBe('2025-04');
    const again = await billing.http('GET', `/statements/${statement.id}`);
    expect(again.body.lineCount).toBe(3);
  });

  it('R24: the month cannot be closed before it ends (409)', async () => {
    const early = await billing.http('POST', '/month-closes', {
      headers,
      body: { branch: 'SH01', month: '2025-04' },
    });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:freight:problem:month-not-over');
  });
});
