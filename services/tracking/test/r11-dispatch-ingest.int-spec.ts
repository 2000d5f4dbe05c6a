import { Topics, serviceEventsTopic } from '@freight/contracts';
import {
  createEnvelope,
  DeadLetterView,
  listDeadLetters,
  replayDeadLetters,
} from '@freight/messaging';
import { waitFor } from '@freight/testing';
import { newWaybillNo, orderPlaced } from './support/fixtures';
import { startTracking, TrackingApp } from './support/tracking-app';

const RANK = ['picked-up', 'departed', 'arrived-at-hub', 'out-for-delivery', 'delivered'];

describe('R11 timelines from the dispatch system', () => {
  let app: TrackingApp;
  beforeAll(async () => {
    app = await startTracking();
  });
  afterAll(() => app?.stop());

  const timeline = async (waybillNo: string, length: number) =>
    waitFor(
      async () => {
        const answer = await app.get(`/shipments/${waybillNo}/timeline`);
        return answer.body?.items?.length === length && answer.body;
      },
      { description: `${length} steps on ${waybillNo}` },
    );
  const deadLetters = (topic: string, waybillNo: string, count = 1): Promise<DeadLetterView[]> =>
    waitFor(
      async () => {
        const letters = (await listDeadLetters(app.kafka, app.topic(topic))).filter(
          (l) => l.key === waybillNo,
        );
        return letters.length >= count && letters;
      },
      { description: `${count} dead letters of ${waybillNo}` },
    );

  it('R11: steps arriving out of order make a timeline in the order they happened; the status never goes back', async () => {
    const { waybillNo } = await app.placeOrder();
    await app.dispatch(app.step(waybillNo, 'arrived-at-hub', '2025-01-07T08:00:00Z'));
    await timeline(waybillNo, 1);
    await app.dispatch(
      app.step(waybillNo, 'picked-up', '2025-01-07T01:00:00Z', {
        driver: { name: '张师傅', phone: '13900000001' },
      }),
      app.step(waybillNo, 'departed', '2025-01-07T02:00:00Z'),
    );
    const { items, status } = await timeline(waybillNo, 3);
    expect(items.map((s: { status: string }) => s.status)).toEqual([
      'picked-up',
      'departed',
      'arrived-at-hub',
    ]);
    expect(items[0]).toMatchObject({
      driver: { name: '张师傅', phone: '13900000001' },
      vehicle: { plate: '沪A·12345' },
    });
    expect(status).toBe('arrived-at-hub');
    const changes = await app.events<{ status: string; previousStatus: string | null }>(
      'tracking.shipment.status-changed',
      (d) => (d as { waybillNo?: string }).waybillNo === waybillNo,
    );
    expect(changes.map((c) => c.status)).toEqual(['arrived-at-hub']);
    expect(changes[0].previousStatus).toBeNull();
  });

  it('R11: each status change is published, in the order of the steps, never backwards', async () => {
    const { waybillNo, orderId, customer } = await app.placeOrder();
    await app.dispatch(
      app.step(waybillNo, 'picked-up', '2025-01-07T01:00:00Z'),
      app.step(waybillNo, 'departed', '2025-01-07T02:00:00Z'),
      app.step(waybillNo, 'arrived-at-hub', '2025-01-07T08:00:00Z'),
      app.step(waybillNo, 'out-for-delivery', '2025-01-08T01:00:00Z'),
      app.step(waybillNo, 'delivered', '2025-01-08T03:00:00Z'),
      app.step(waybillNo, 'out-for-delivery', '2025-01-08T04:00:00Z', {
        place: { code: 'WH02', name: 'again?' },
      }),
    );
    await timeline(waybillNo, 6);
    const changes = await waitFor(async () => {
      const all = await app.events<{ status: string; waybillNo: string }>(
        'tracking.shipment.status-changed',
      );
      const mine = all.filter((c) => c.waybillNo === waybillNo);
      return mine.at(-1)?.status === 'delivered' && mine;
    });
    const ranks = changes.map((c) => RANK.indexOf(c.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(changes.at(-1)).toMatchObject({
      status: 'delivered',
      orderId,
      customerId: customer.customerId,
      branch: 'SH01',
      onTime: true, // the example promises 2025-03-15; this one came in January
    });
    expect((await app.get(`/shipments/${waybillNo}`)).body).toMatchObject({ status: 'delivered' });
  });

  it('R11: the same step twice — redelivered, or re-sent by dispatch under a new id — lands once', async () => {
    const { waybillNo } = await app.placeOrder();
    const step = app.step(waybillNo, 'picked-up', '2025-01-07T01:00:00Z');
    const resent = app.step(waybillNo, 'picked-up', '2025-01-07T09:00:00+08:00');
    await app.dispatch(step, step, resent, app.step(waybillNo, 'departed', '2025-01-07T02:00:00Z'));
    const { items } = await timeline(waybillNo, 2);
    expect(items.map((s: { status: string }) => s.status)).toEqual(['picked-up', 'departed']);
  });

  it('R11: steps of a waybill not known yet are parked, then applied when its order arrives', async () => {
    const waybillNo = newWaybillNo();
    await app.dispatch(
      app.step(waybillNo, 'picked-up', '2025-01-07T01:00:00Z'),
      app.step(waybillNo, 'departed', '2025-01-07T02:00:00Z'),
    );
    const parked = await waitFor(async () => {
      const answer = await app.get('/dispatch/parked', 'dispatcher');
      return answer.body.items.find((p: { waybillNo: string }) => p.waybillNo === waybillNo);
    });
    expect(parked).toMatchObject({ steps: 2 });
    expect((await app.get(`/shipments/${waybillNo}`)).status).toBe(404);

    await app.placeOrder({ waybillNo });
    const { status, items } = await timeline(waybillNo, 2);
    expect(status).toBe('departed');
    expect(items.map((s: { status: string }) => s.status)).toEqual(['picked-up', 'departed']);
    const parkedNow = await app.get('/dispatch/parked', 'dispatcher');
    expect(parkedNow.body.items.map((p: { waybillNo: string }) => p.waybillNo)).not.toContain(
      waybillNo,
    );
    await app.eventually('tracking.shipment.status-changed', (d) => d.waybillNo === waybillNo);
  });

  it('R5: a step naming an impossible waybill number is refused to dispatch.tracking.dlq; the rest of its batch goes on', async () => {
    const good = (await app.placeOrder()).waybillNo;
    const bad = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`; // check digit off by one
    await app.dispatch(
      app.step(good, 'picked-up', '2025-01-07T01:00:00Z'),
      app.step(bad, 'picked-up', '2025-01-07T01:00:00Z'),
      app.step(good, 'departed', '2025-01-07T02:00:00Z'),
    );
    await timeline(good, 2);
    const [letter] = await deadLetters(Topics.dispatchTracking, bad);
    expect(letter.deadLetter).toMatchObject({
      'dlq-reason': 'refused',
      'dlq-consumer-group': expect.stringContaining('tracking.dispatch'),
    });
    expect(letter.deadLetter['dlq-error']).toContain(`names waybill "${bad}", which cannot exist`);
  });

  it('R42: a message that is not JSON or breaks the contract goes to the DLQ with the reason, and ingest moves on', async () => {
    const { waybillNo } = await app.placeOrder();
    const noPlace = createEnvelope({
      source: '/dispatch',
      type: 'dispatch.tracking.recorded',
      subject: waybillNo,
      data: {
        waybillNo,
        status: 'departed',
        occurredAt: '2025-01-07T02:00:00Z',
        vehicle: { plate: 'x' },
      },
    });
    const producer = app.kafka.producer();
    await producer.connect();
    await producer.send({
      topic: app.topic(Topics.dispatchTracking),
      messages: [
        { key: waybillNo, value: '{"this is": not json' },
        { key: waybillNo, value: JSON.stringify(noPlace) },
      ],
    });
    await producer.disconnect();
    await app.dispatch(app.step(waybillNo, 'picked-up', '2025-01-07T01:00:00Z'));
    await timeline(waybillNo, 1);
    const letters = await deadLetters(Topics.dispatchTracking, waybillNo, 2);
    expect(letters.map((l) => l.deadLetter['dlq-reason'])).toEqual([
      'schema-invalid',
      'schema-invalid',
    ]);
    expect(letters[1].deadLetter['dlq-error']).toContain('place');
  });

  it('R42: `npm run dlq -- replay dispatch.tracking` re-drives dead letters into this consumer group', async () => {
    const waybillNo = 'GZ0000000001'; // check digit wrong: refused every time
    await app.dispatch(app.step(waybillNo, 'picked-up', '2025-01-07T01:00:00Z'));
    await deadLetters(Topics.dispatchTracking, waybillNo, 1);
    expect(
      await replayDeadLetters(app.kafka, app.topic(Topics.dispatchTracking)),
    ).toBeGreaterThanOrEqual(1);
    // the group read it again (its inbox never recorded a refusal) and refused it again
    const letters = await deadLetters(Topics.dispatchTracking, waybillNo, 2);
    expect(letters[0].replayed).toBe(true);
    expect(letters[1].deadLetter['dlq-reason']).toBe('refused');
  });

  it('R42: a cancellation that came before its order is parked as a dead letter and applied on replay', async () => {
    const placed = orderPlaced();
    const { waybillNo, orderId, branch, customer } = placed.data;
    const cancelled = createEnvelope({
      source: '/freight/order',
      type: 'order.cancelled',
      subject: waybillNo,
      data: {
        orderId,
        waybillNo,
        branch,
        customerId: customer.customerId,
        reason: 'customer postponed',
        cancelledAt: '2025-01-06T09:00:00Z',
        cancelledBy: { userId: 'u1', username: 'agent' },
      },
    });
    await app.publish(serviceEventsTopic('order'), [cancelled]);
    const [letter] = await deadLetters(serviceEventsTopic('order'), waybillNo);
    expect(letter.deadLetter).toMatchObject({ 'dlq-reason': 'handler-failed' });
    await app.publish(serviceEventsTopic('order'), [placed]);
    await app.shipmentKnown(waybillNo);
    await replayDeadLetters(app.kafka, app.topic(serviceEventsTopic('order')));
    await waitFor(
      async () =>
        (await app.get(`/shipments/${waybillNo}`)).body.cancelled?.reason === 'customer postponed',
    );
  }, 60_000);

  it('R13: order.placed arms the delivery deadline at the promised time; an amendment moves it; delivery ends it', async () => {
    const order = await app.placeOrder({ promisedDeliveryAt: '2025-01-09T10:00:00Z' });
    const deadlineId = `shipment:${order.waybillNo}:delivery`;
    const [arm] = await app.events('scheduler.deadline.arm', (d) => d.deadlineId === deadlineId);
    expect(arm).toMatchObject({
      rule: 'R13',
      subject: { type: 'shipment', id: order.waybillNo, branch: 'SH01' },
      due: { kind: 'at', dueAt: '2025-01-09T10:00:00.000Z' },
      ladder: [
        { level: 1, role: 'agent' },
        { level: 2, role: 'branch-manager' },
        { level: 3, role: 'hq-service' },
      ],
    });
    await app.publish(serviceEventsTopic('order'), [
      createEnvelope({
        source: '/freight/order',
        type: 'order.amended',
        subject: order.waybillNo,
        data: {
          ...order,
          promisedDeliveryAt: '2025-01-10T10:00:00Z',
          amendedAt: '2025-03-11T05:00:00Z',
          amendedBy: { userId: 'u1', username: 'agent' },
          changes: [
            {
              field: 'promisedDeliveryAt',
              from: '2025-01-09T10:00:00Z',
              to: '2025-01-10T10:00:00Z',
            },
          ],
        },
      }),
    ]);
    const [move] = await app.eventually(
      'scheduler.deadline.move',
      (d) => d.deadlineId === deadlineId,
    );
    expect(move).toMatchObject({ due: { kind: 'at', dueAt: '2025-01-10T10:00:00.000Z' } });
    await app.dispatch(app.step(order.waybillNo, 'delivered', '2025-01-08T03:00:00Z'));
    const [cancel] = await app.eventually(
      'scheduler.deadline.cancel',
      (d) => d.deadlineId === deadlineId,
    );
    expect(cancel).toMatchObject({ reason: 'done' });
  });
});
