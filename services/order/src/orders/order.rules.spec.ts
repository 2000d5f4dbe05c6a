import { NO_SERVICES } from '../rates/rate-table.fixture';
import { amendOrder, applyPatch, mustKeepQuotedPrice } from './order-amendment.rules';
import { acknowledgeOrder, cancelOrder, OrderDraft, placeOrder } from './order.rules';
import { recordAckEscalation, shipmentProgressed } from './order-progress.rules';

const agent = { userId: 'u-1', username: 'agent' };
const clerk = { userId: 'u-2', username: 'documents-clerk' };
const now = new Date('2026-03-02T02:00:00Z');
const party = (city: string) => ({
  name: city,
  phone: '13800138000',
  address: { province: city, city },
});

const draft: OrderDraft = {
  branch: 'SH01',
  customer: { customerId: 'CUST-SH-0001', company: '华阳' },
  shipper: party('上海市'),
  consignee: party('武汉市'),
  lane: { origin: 'SH', destination: 'WH' },
  cargo: {
    description: 'parts',
    pieces: 3,
    weightKg: 860,
    volumeM3: 2.4,
    dangerousGoodsClass: 'none',
  },
  serviceOptions: NO_SERVICES,
  price: {
    lines: [
      {
        code: 'freight',
        description: 'f',
        amount: { amountMinor: 81_700, currency: 'CNY' },
        taxRate: 0.09,
      },
    ],
    net: { amountMinor: 81_700, currency: 'CNY' },
    tax: { amountMinor: 7_353, currency: 'CNY' },
    total: { amountMinor: 89_053, currency: 'CNY' },
  },
  paymentTerms: 'monthly',
  pickupWindow: { from: now, to: new Date('2026-03-02T09:00:00Z') },
  promisedDeliveryAt: new Date('2026-03-04T09:00:00Z'),
};

const placed = () => placeOrder(draft, 'SH0000000422', agent, now, 'PT30M').order;

describe('R4 work orders', () => {
  it('R4: a placed order gets its waybill, and the documents desk’s 30-minute clock in business hours', () => {
    const { order, events } = placeOrder(draft, 'SH0000000422', agent, now, 'PT30M');
    expect(order).toMatchObject({
      orderId: 'ORD-SH0000000422',
      status: 'placed',
      ackDeadlineId: 'order:ORD-SH0000000422:ack:1',
    });
    expect(events.map((e) => e.type)).toEqual(['order.placed', 'scheduler.deadline.arm']);
    expect(events[1].data).toMatchObject({
      rule: 'R4',
      due: {
        kind: 'after',
        duration: 'PT30M',
        calendar: { kind: 'business-hours', branch: 'SH01' },
      },
      ladder: [{ role: 'documents-clerk' }, { role: 'branch-manager' }, { role: 'hq-service' }],
    });
  });

  it('R4: acknowledging stops the clock; an amendment after it asks for a new acknowledgement', () => {
    const acknowledged = acknowledgeOrder(placed(), clerk, now);
    expect(acknowledged.events.map((e) => e.type)).toEqual([
      'order.acknowledged',
      'scheduler.deadline.cancel',
    ]);
    expect(acknowledged.order).toMatchObject({ status: 'acknowledged', ackDeadlineId: null });
    const after = applyPatch(acknowledged.order, { requirements: 'tail-lift' });
    const amended = amendOrder(acknowledged.order, after, agent, now, 'PT30M');
    expect(amended.order).toMatchObject({
      status: 'amended',
      ackRound: 2,
      ackDeadlineId: 'order:ORD-SH0000000422:ack:2',
    });
    expect(amended.history).toEqual([{ field: 'requirements', from: null, to: 'tail-lift' }]);
    expect(amended.events.map((e) => e.type)).toEqual(['order.amended', 'scheduler.deadline.arm']);
  });

  it('R4: an amendment before the acknowledgement keeps the clock already running; no change, no event', () => {
    const order = placed();
    const amended = amendOrder(
      order,
      applyPatch(order, { cautions: 'fragile' }),
      agent,
      now,
      'PT30M',
    );
    expect(amended.order).toMatchObject({ status: 'placed', ackDeadlineId: order.ackDeadlineId });
    expect(amended.events.map((e) => e.type)).toEqual(['order.amended']);
    expect(
      amendOrder(order, applyPatch(order, { cautions: undefined }), agent, now, 'PT30M').events,
    ).toEqual([]);
  });

  it('R4: a quote locks the price — cargo, services and cities cannot change', () => {
    const quoted = { ...placed(), quoteId: 'QUO-SH-000001' };
    expect(() => mustKeepQuotedPrice(quoted, applyPatch(quoted, { cargo: { pieces: 9 } }))).toThrow(
      /locked by quote QUO-SH-000001: cargo/,
    );
    expect(() =>
      mustKeepQuotedPrice(quoted, applyPatch(quoted, { consignee: party('广州市') })),
    ).toThrow(/consignee.address/);
    expect(() =>
      mustKeepQuotedPrice(quoted, applyPatch(quoted, { requirements: 'x' })),
    ).not.toThrow();
  });

  it('R4: cancelled and amended only until dispatched; tracking’s steps move it on, never back', () => {
    const cancelled = cancelOrder(placed(), 'postponed', agent, now);
    expect(cancelled.events.map((e) => e.type)).toEqual([
      'order.cancelled',
      'scheduler.deadline.cancel',
    ]);
    expect(cancelled.events[1].data).toMatchObject({ reason: 'withdrawn' });
    expect(() => applyPatch(cancelled.order, { cautions: 'x' })).toThrow(/is cancelled/);
    const dispatched = shipmentProgressed(
      acknowledgeOrder(placed(), clerk, now).order,
      'departed',
      now,
    )!;
    expect(dispatched.order.status).toBe('dispatched');
    expect(() => applyPatch(dispatched.order, { cautions: 'x' })).toThrow(/only until dispatched/);
    expect(() => cancelOrder(dispatched.order, 'x', agent, now)).toThrow(/only until dispatched/);
    expect(shipmentProgressed(dispatched.order, 'arrived-at-hub', now)).toBeNull();
    expect(shipmentProgressed(dispatched.order, 'delivered', now)!.order.status).toBe('delivered');
    expect(shipmentProgressed(cancelled.order, 'delivered', now)).toBeNull();
  });

  it('R4: dispatch makes an acknowledgement still owed moot (its clock is superseded)', () => {
    const change = shipmentProgressed(placed(), 'picked-up', now)!;
    expect(change.events[0]).toMatchObject({
      type: 'scheduler.deadline.cancel',
      data: { reason: 'superseded' },
    });
  });

  it('R4: an escalation of the acknowledgement still owed is recorded once; of an old one, not at all', () => {
    const order = placed();
    const escalation = {
      deadlineId: order.ackDeadlineId!,
      rule: 'R4',
      subject: { type: 'order', id: order.orderId, branch: 'SH01' },
      level: 1,
      role: 'documents-clerk' as const,
      dueAt: '2026-03-02T02:30:00Z',
      raisedAt: '2026-03-02T02:30:00Z',
      finalLevel: false,
      payload: {},
    };
    const recorded = recordAckEscalation(order, escalation)!;
    expect(recorded.escalations).toEqual([
      {
        deadlineId: order.ackDeadlineId,
        level: 1,
        role: 'documents-clerk',
        raisedAt: '2026-03-02T02:30:00Z',
      },
    ]);
    expect(recordAckEscalation(recorded, escalation)).toBeNull();
    expect(recordAckEscalation(acknowledgeOrder(order, clerk, now).order, escalation)).toBeNull();
  });
});
