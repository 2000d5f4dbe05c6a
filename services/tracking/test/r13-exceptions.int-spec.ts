import { waitFor } from '@freight/testing';
import { startTracking, TrackingApp } from './support/tracking-app';

// R13 in the tracking service alone: the scheduler's escalations are published by the test as
// the scheduler would; the e2e suite runs the real scheduler (e2e/tracking-desk.e2e-spec.ts).

describe('R13 exceptions', () => {
  let app: TrackingApp;
  beforeAll(async () => {
    app = await startTracking({
      env: { AGENT_COMPENSATION_LIMIT_FEN: '50000', EXCEPTION_HANDLE_WITHIN: 'PT4H' },
    });
  });
  afterAll(() => app?.stop());

  const exceptionOf = (waybillNo: string, kind?: string) =>
    waitFor(
      async () => {
        const answer = await app.get(`/exceptions?waybillNo=${waybillNo}`);
        return answer.body.items.find((e: { kind: string }) => !kind || e.kind === kind);
      },
      { description: `an exception on ${waybillNo}` },
    );

  it('R13: an exception dispatch reports is raised, reported to the superior at once, and its clock starts', async () => {
    const { waybillNo } = await app.placeOrder();
    await app.dispatch(
      app.step(waybillNo, 'exception', '2025-01-06T07:00:00Z', {
        exception: { kind: 'damage', note: '2 of 12 drums dented' },
      }),
    );
    const exception = await exceptionOf(waybillNo);
    expect(exception).toMatchObject({
      kind: 'damage',
      source: 'dispatch',
      state: 'open',
      assignedRole: 'agent',
      note: '2 of 12 drums dented',
      branch: 'SH01',
    });
    const [alert] = await app.eventually(
      'tracking.alert.raised',
      (d) => (d.subject as { id: string }).id === exception.id,
    );
    expect(alert).toMatchObject({
      rule: 'R13',
      roles: ['branch-manager', 'agent'],
      title: `Damage on ${waybillNo}: 2 of 12 drums dented`,
    });
    const [arm] = await app.eventually(
      'scheduler.deadline.arm',
      (d) => d.deadlineId === `shipment-exception:${exception.id}:handle`,
    );
    expect(arm).toMatchObject({
      rule: 'R13',
      due: {
        kind: 'after',
        duration: 'PT4H',
        calendar: { kind: 'business-hours', branch: 'SH01' },
      },
    });
    expect((await app.get(`/shipments/${waybillNo}`)).body.status).toBe('exception');
  });

  it('R13: the agent settles within their authority; beyond it, escalates to the branch manager, who settles', async () => {
    const { waybillNo } = await app.placeOrder();
    const raised = await app.post(`/shipments/${waybillNo}/exceptions`, {
      kind: 'shortage',
      note: 'consignee counted 10 of 12',
    });
    expect(raised.status).toBe(201);
    const id = raised.body.id;
    expect(raised.body).toMatchObject({
      source: 'agent',
      raisedBy: { username: 'agent' },
      assignedRole: 'agent',
    });

    const offer = await app.post(`/exceptions/${id}/steps`, {
      kind: 'compensation-offered',
      text: 'two cartons at list price',
      amount: { amountMinor: 120_000, currency: 'CNY' },
    });
    expect(offer.status).toBe(422);
    expect(offer.body).toMatchObject({
      type: 'urn:freight:problem:beyond-authority',
      detail: "a compensation of ¥1,200.00 is beyond the agent's authority (¥500.00): escalate it",
    });
    const tooMuch = await app.post(`/exceptions/${id}/close`, {
      resolution: 'paid',
      compensation: { amountMinor: 120_000, currency: 'CNY' },
    });
    expect(tooMuch.status).toBe(422);

    const escalated = await app.post(`/exceptions/${id}/escalate`, {
      reason: 'customer wants ¥1,200',
    });
    expect(escalated.status).toBe(200);
    expect(escalated.body.assignedRole).toBe('branch-manager');
    const [handed] = await app.eventually(
      'tracking.exception.escalated',
      (d) => d.exceptionId === id,
    );
    expect(handed).toMatchObject({
      fromRole: 'agent',
      toRole: 'branch-manager',
      cause: 'beyond-authority',
    });
    await app.eventually(
      'tracking.alert.raised',
      (d) => d.alertId === `shipment-exception:${id}:escalated:branch-manager`,
    );

    const byAgent = await app.post(`/exceptions/${id}/close`, { resolution: 'paid' });
    expect([byAgent.status, byAgent.body.type]).toEqual([
      409,
      'urn:freight:problem:exception-escalated',
    ]);
    const closed = await app.post(
      `/exceptions/${id}/close`,
      {
        resolution: 'two cartons paid at list price',
        compensation: { amountMinor: 120_000, currency: 'CNY' },
      },
      'branch-manager',
    );
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      state: 'closed',
      compensation: { amountMinor: 120_000, currency: 'CNY' },
      closedBy: { username: 'branch-manager' },
    });
    expect(closed.body.steps.map((s: { kind: string }) => s.kind)).toEqual([
      'raised',
      'escalated',
      'closed',
    ]);
    const [event] = await app.eventually('tracking.exception.closed', (d) => d.exceptionId === id);
    expect(event).toMatchObject({
      closedByRole: 'branch-manager',
      compensation: { amountMinor: 120_000 },
    });
    const [cancel] = await app.eventually(
      'scheduler.deadline.cancel',
      (d) => d.deadlineId === `shipment-exception:${id}:handle`,
    );
    expect(cancel).toMatchObject({ reason: 'done' });
    expect(
      (await app.post(`/exceptions/${id}/steps`, { kind: 'note', text: 'late note' })).status,
    ).toBe(409);
  });

  it('R13: an exception not settled in time climbs the ladder with its deadline', async () => {
    const { waybillNo } = await app.placeOrder();
    const { body } = await app.post(`/shipments/${waybillNo}/exceptions`, {
      kind: 'refusal',
      note: 'consignee refused',
    });
    const subject = { type: 'shipment-exception', id: body.id, branch: 'SH01' };
    await app.escalate(subject, 1, 'agent', '2025-01-07T03:00:00Z');
    await app.escalate(subject, 2, 'branch-manager', '2025-01-07T04:00:00Z');
    const climbed = await waitFor(async () => {
      const e = (await app.get(`/exceptions/${body.id}`)).body;
      return e.escalationLevel === 2 && e;
    });
    expect(climbed.assignedRole).toBe('branch-manager');
    expect(
      climbed.steps.map((s: { kind: string; role: string | null }) => [s.kind, s.role]),
    ).toEqual([
      ['raised', null],
      ['escalated', 'agent'],
      ['escalated', 'branch-manager'],
    ]);
    await app.eventually(
      'tracking.exception.escalated',
      (d) => d.exceptionId === body.id && d.cause === 'deadline',
    );
  });

  it('R13: a shipment that misses its promised delivery time raises a delay exception by itself, which climbs until delivered', async () => {
    const { waybillNo } = await app.placeOrder({ promisedDeliveryAt: '2025-01-07T10:00:00Z' });
    await app.dispatch(app.step(waybillNo, 'arrived-at-hub', '2025-01-07T06:00:00Z'));
    await waitFor(
      async () => (await app.get(`/shipments/${waybillNo}`)).body.status === 'arrived-at-hub',
    );
    const subject = { type: 'shipment', id: waybillNo, branch: 'SH01' };
    await app.escalate(
      subject,
      1,
      'agent',
      '2025-01-07T10:00:00Z',
      `shipment:${waybillNo}:delivery`,
    );
    const delay = await exceptionOf(waybillNo, 'delay');
    expect(delay).toMatchObject({
      source: 'delay-detection',
      assignedRole: 'agent',
      escalationLevel: 1,
      state: 'open',
    });
    expect(delay.note).toBe(
      'not delivered by the promised time 2025-01-07 18:00 (Asia/Shanghai); last status: arrived-at-hub at Wuhan hub',
    );
    await app.eventually(
      'tracking.alert.raised',
      (d) => d.alertId === `shipment-exception:${delay.id}:raised`,
    );
    // no second clock for a delay: the delivery deadline is its ladder
    expect(
      await app.events(
        'scheduler.deadline.arm',
        (d) => d.deadlineId === `shipment-exception:${delay.id}:handle`,
      ),
    ).toEqual([]);

    await app.escalate(
      subject,
      2,
      'branch-manager',
      '2025-01-07T12:00:00Z',
      `shipment:${waybillNo}:delivery`,
    );
    await waitFor(
      async () => (await app.get(`/exceptions/${delay.id}`)).body.assignedRole === 'branch-manager',
    );
    // the same level announced again: nothing twice
    await app.handled(
      await app.escalate(
        subject,
        2,
        'branch-manager',
        '2025-01-07T12:00:00Z',
        `shipment:${waybillNo}:delivery`,
      ),
    );
    await app.dispatch(app.step(waybillNo, 'delivered', '2025-01-07T13:00:00Z'));
    await app.eventually(
      'scheduler.deadline.cancel',
      (d) => d.deadlineId === `shipment:${waybillNo}:delivery`,
    );
    // late, so the delay stands until someone settles it with the customer
    const after = (await app.get(`/exceptions/${delay.id}`)).body;
    expect(after).toMatchObject({ state: 'open', escalationLevel: 2 });
    expect(after.steps.filter((s: { kind: string }) => s.kind === 'escalated')).toHaveLength(1);
    const late = await app.eventually<{ waybillNo: string; status: string; onTime?: boolean }>(
      'tracking.shipment.status-changed',
      (d) => d.waybillNo === waybillNo && d.status === 'delivered',
    );
    expect(late[0].onTime).toBe(false);
  });

  it('R13: a lapse that was only dispatch reporting late settles itself when the delivery turns out on time', async () => {
    const { waybillNo } = await app.placeOrder({ promisedDeliveryAt: '2025-01-07T10:00:00Z' });
    await app.escalate(
      { type: 'shipment', id: waybillNo, branch: 'SH01' },
      1,
      'agent',
      '2025-01-07T10:00:00Z',
    );
    const delay = await exceptionOf(waybillNo, 'delay');
    await app.dispatch(app.step(waybillNo, 'delivered', '2025-01-07T09:30:00Z'));
    const closed = await waitFor(async () => {
      const e = (await app.get(`/exceptions/${delay.id}`)).body;
      return e.state === 'closed' && e;
    });
    expect(closed.resolution).toBe(
      'delivered on time (2025-01-07 17:30); dispatch reported it late',
    );
  });

  it('R13: a delivered or cancelled shipment raises no delay', async () => {
    const { waybillNo } = await app.placeOrder();
    await app.dispatch(app.step(waybillNo, 'delivered', '2025-01-07T09:30:00Z'));
    await waitFor(
      async () => (await app.get(`/shipments/${waybillNo}`)).body.status === 'delivered',
    );
    await app.handled(
      await app.escalate(
        { type: 'shipment', id: waybillNo, branch: 'SH01' },
        1,
        'agent',
        '2025-03-15T10:00:00Z',
      ),
    );
    expect((await app.get(`/exceptions?waybillNo=${waybillNo}`)).body.items).toEqual([]);
  });

  it('R13: bad input is a 400 naming the field; an unknown shipment a 404', async () => {
    const bad = await app.post(`/shipments/SH0000000422/exceptions`, { kind: 'theft', note: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'note']);
    expect(
      (await app.post(`/shipments/SH0000000423/exceptions`, { kind: 'delay', note: 'x' })).status,
    ).toBe(400);
    expect(
      (await app.post(`/shipments/SH0000000422/exceptions`, { kind: 'delay', note: 'x' })).status,
    ).toBe(404);
  });
});
