import { waitFor } from '@freight/testing';
import {
  deadlinesOf,
  Desk,
  inquiryBody,
  MONDAY_9AM,
  publishedEvents,
  startDesk,
  tariffBody,
} from './order-desk';

// R2 inquiry intake, R3 quotes within 8 hours from versioned rate tables, R19 important
// inquiries — through the gateway, with the real scheduler counting the 8 hours in SH01's
// business hours (Mon–Fri 09:00–18:00 Shanghai) on the FakeClock, Monday 2 March 2026 09:00.

describe('quote inquiries (R2, R3, R19)', () => {
  let desk: Desk;
  let current: string;
  let expired: string;

  const armed = (id: string) =>
    waitFor(async () => (await deadlinesOf(desk, 'quote-inquiry', id))[0], {
      description: `the clock of ${id}`,
      timeoutMs: 60_000,
    });
  const deadlineState = (id: string, state: string) =>
    waitFor(async () => (await deadlinesOf(desk, 'quote-inquiry', id))[0]?.state === state, {
      description: `${id} ${state}`,
      timeoutMs: 60_000,
    });

  beforeAll(async () => {
    desk = await startDesk({ scheduler: true });
    const old = await desk.api('hq-service', 'POST', '/rate-tables', {
      body: tariffBody({
        name: '2025 tariff',
        validFrom: '2025-01-01T00:00:00+08:00',
        validTo: '2026-01-01T00:00:00+08:00',
      }),
    });
    const now = await desk.api('hq-service', 'POST', '/rate-tables', { body: tariffBody() });
    expect([old.status, now.status]).toEqual([201, 201]);
    [expired, current] = [old.body.rateTableId, now.body.rateTableId];
  }, 240_000);
  afterAll(() => desk?.stop());

  it('R3: rate tables are versions with validity dates, imported from CSV; a bad line is a 400 naming line and column', async () => {
    const list = await desk.api('agent', 'GET', '/rate-tables');
    expect(
      list.body.items.map((t: { rateTableId: string; applicableNow: boolean }) => [
        t.rateTableId,
        t.applicableNow,
      ]),
    ).toEqual([
      [current, true],
      [expired, false],
    ]);
    const one = await desk.api('agent', 'GET', `/rate-tables/${current}`);
    expect(
      one.body.lanes.find(
        (l: { origin: string; destination: string }) => l.origin === 'SH' && l.destination === 'WH',
      ),
    ).toEqual({
      origin: 'SH',
      destination: 'WH',
      leadTimeDays: 2,
      minimumChargeMinor: 5_000,
      weightBreaks: [
        { fromKg: 0, perKgMinor: 120 },
        { fromKg: 500, perKgMinor: 95 },
      ],
      volumeBreaks: [{ fromM3: 0, perM3Minor: 26_000 }],
    });
    const bad = await desk.api('hq-service', 'POST', '/rate-tables', {
      body: tariffBody({
        csv: 'origin,destination,basis,from,rate\nSH,WH,kg,0,1.2x\nSH,XX,t,0,1.00',
      }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'csv.2.rate', message: expect.stringMatching(/yuan/) },
        { field: 'csv.3.basis', message: 'expected kg or m3' },
      ]),
    );
    expect((await desk.api('agent', 'POST', '/rate-tables', { body: tariffBody() })).status).toBe(
      403,
    );
  });

  it('R3: an inquiry the table covers gets an instant quote line by line in fen; sending it stops the 8-hour clock', async () => {
    const received = await desk.api('agent', 'POST', '/inquiries', { body: inquiryBody() });
    expect(received.status).toBe(201);
    const inquiry = received.body;
    expect(inquiry).toMatchObject({
      inquiryId: expect.stringMatching(/^INQ-SH-\d{6}$/),
      branch: 'SH01',
      status: 'open',
      receivedAt: MONDAY_9AM,
      assignedTo: { username: 'agent' },
      deadlineId: `quote-inquiry:${inquiry.inquiryId}:answer`,
      assessment: {
        kind: 'quotable',
        rateTableId: current,
        lane: { origin: 'SH', destination: 'WH' },
        chargeableWeightKg: 860,
      },
    });
    expect(
      inquiry.assessment.price.lines.map(
        (l: { code: string; amount: { amountMinor: number }; taxRate: number }) => [
          l.code,
          l.amount.amountMinor,
          l.taxRate,
        ],
      ),
    ).toEqual([
      ['freight', 81_700, 0.09],
      ['pickup', 5_000, 0.06],
      ['delivery', 8_000, 0.06],
      ['pod-fee', 1_000, 0.06],
    ]);
    expect(inquiry.assessment.price.total).toEqual({ amountMinor: 103_893, currency: 'CNY' });
    // 8 working hours from Monday 09:00 in Shanghai: Monday 17:00
    expect((await armed(inquiry.inquiryId)).dueAt).toBe('2026-03-02T09:00:00.000Z');

    desk.clock.advance(25 * 60_000);
    const quoted = await desk.api('agent', 'POST', `/inquiries/${inquiry.inquiryId}/quote`, {
      body: { validDays: 7 },
    });
    expect(quoted.status).toBe(200);
    expect(quoted.body).toMatchObject({
      status: 'quoted',
      answer: { outcome: 'quoted', withinDeadline: true, by: { username: 'agent' } },
      quote: {
        status: 'offered',
        price: inquiry.assessment.price,
        basis: { rateTableId: current, manual: false },
        validUntil: '2026-03-09T01:25:00.000Z',
      },
    });
    await deadlineState(inquiry.inquiryId, 'completed');
    const [answered] = (await publishedEvents(desk, 'order.inquiry.answered')).filter(
      (e) => e.data.inquiryId === inquiry.inquiryId,
    );
    expect(answered.data).toMatchObject({
      outcome: 'quoted',
      quoteTotal: { amountMinor: 103_893 },
      withinDeadline: true,
    });
    const again = await desk.api('agent', 'POST', `/inquiries/${inquiry.inquiryId}/quote`, {
      body: {},
    });
    expect(again).toMatchObject({
      status: 409,
      body: { type: 'urn:freight:problem:inquiry-answered' },
    });
  });

  it('R3: what the table does not cover needs analysis — a callback that reaches nobody keeps the clock, analysed lines answer', async () => {
    const { body: inquiry } = await desk.api('agent', 'POST', '/inquiries', {
      body: inquiryBody({ destination: { province: '四川省', city: '成都市' } }),
    });
    expect(inquiry).toMatchObject({
      status: 'needs-analysis',
      assessment: {
        kind: 'needs-analysis',
        reasons: [{ code: 'destination-not-served', message: 'no region covers 成都市' }],
      },
    });
    await armed(inquiry.inquiryId);
    const fromTable = await desk.api('agent', 'POST', `/inquiries/${inquiry.inquiryId}/quote`, {
      body: {},
    });
    expect(fromTable).toMatchObject({
      status: 409,
      body: { type: 'urn:freight:problem:needs-analysis' },
    });
    const missed = await desk.api('agent', 'POST', `/inquiries/${inquiry.inquiryId}/callback`, {
      body: { outcome: 'no answer', reached: false },
    });
    expect(missed.body).toMatchObject({
      status: 'needs-analysis',
      callbacks: [{ reached: false }],
    });
    expect(missed.body.answer).toBeUndefined();
    expect((await deadlinesOf(desk, 'quote-inquiry', inquiry.inquiryId))[0].state).toBe('armed');
    const analysed = await desk.api('agent', 'POST', `/inquiries/${inquiry.inquiryId}/quote`, {
      body: {
        manualLines: [
          {
            code: 'freight',
            description: 'freight SH→成都, 1,960 km measured',
            amountMinor: 180_000,
            taxRate: 0.09,
          },
          {
            code: 'delivery',
            description: 'delivery to the door',
            amountMinor: 8_000,
            taxRate: 0.06,
          },
        ],
        note: 'analysed: distance measured',
      },
    });
    expect(analysed.body).toMatchObject({
      status: 'quoted',
      quote: {
        lane: { origin: 'SH', destination: '成都市' },
        basis: { manual: true },
        price: {
          net: { amountMinor: 188_000 },
          tax: { amountMinor: 16_680 },
          total: { amountMinor: 204_680 },
        },
      },
    });
    await deadlineState(inquiry.inquiryId, 'completed');
  });

  it('R2: dangerous goods without an MSDS are recorded but not quoted, the refusal naming the MSDS', async () => {
    const dg = inquiryBody({
      cargo: {
        description: '涂料 paint',
        pieces: 4,
        weightKg: 200,
        volumeM3: 0.5,
        dangerousGoodsClass: '3',
      },
    });
    const received = await desk.api('agent', 'POST', '/inquiries', { body: dg });
    expect(received.status).toBe(201);
    expect(received.body.quoteBlockedReason).toMatch(/MSDS/);
    const refused = await desk.api('agent', 'POST', `/inquiries/${received.body.inquiryId}/quote`, {
      body: {},
    });
    expect(refused).toMatchObject({
      status: 409,
      body: {
        type: 'urn:freight:problem:msds-missing',
        detail: expect.stringMatching(/UN class 3 .*MSDS/),
      },
    });
    const withMsds = await desk.api('agent', 'PATCH', `/inquiries/${received.body.inquiryId}`, {
      body: { msdsReference: 'MSDS-HY-2026-007' },
    });
    expect(withMsds.body.quoteBlockedReason).toBeUndefined();
    const quoted = await desk.api('agent', 'POST', `/inquiries/${received.body.inquiryId}/quote`, {
      body: {},
    });
    expect(quoted.body.quote.price.lines.map((l: { code: string }) => l.code)).toContain(
      'dangerous-goods',
    );
  });

  it('R3: a quote asked of an expired rate table is refused with the reason; nothing is written', async () => {
    const { body: inquiry } = await desk.api('agent', 'POST', '/inquiries', {
      body: inquiryBody(),
    });
    const refused = await desk.api('agent', 'POST', `/inquiries/${inquiry.inquiryId}/quote`, {
      body: { rateTableId: expired },
    });
    expect(refused).toMatchObject({
      status: 409,
      body: {
        type: 'urn:freight:problem:rate-table-expired',
        detail: expect.stringContaining(expired),
      },
    });
    expect((await desk.api('agent', 'GET', `/inquiries/${inquiry.inquiryId}`)).body).toMatchObject({
      status: 'open',
    });
    expect(
      await desk.order.dataSource.query('SELECT 1 FROM quote WHERE inquiry_id = $1', [
        inquiry.inquiryId,
      ]),
    ).toEqual([]);
  });

  it('R19: an important inquiry is reported to the branch manager at once, on the live stream', async () => {
    const manager = await desk.live('branch-manager');
    const { body: inquiry } = await desk.api('agent', 'POST', '/inquiries', {
      body: inquiryBody({ important: true }),
    });
    const alert = await manager.waitForEvent(
      (p) => p.data?.subject?.id === inquiry.inquiryId,
      'the R19 alert',
      60_000,
    );
    expect(alert).toMatchObject({
      kind: 'alert',
      role: 'branch-manager',
      branch: 'SH01',
      data: { rule: 'R19', kind: 'important-inquiry' },
    });
    const [received] = (await publishedEvents(desk, 'order.inquiry.received')).filter(
      (e) => e.data.inquiryId === inquiry.inquiryId,
    );
    expect(received.data).toMatchObject({ important: true, deadlineId: inquiry.deadlineId });
    const { body: later } = await desk.api('agent', 'POST', '/inquiries', { body: inquiryBody() });
    await desk.api('agent', 'PATCH', `/inquiries/${later.inquiryId}`, {
      body: { important: true },
    });
    await manager.waitForEvent(
      (p) => p.data?.subject?.id === later.inquiryId,
      'the alert of an inquiry marked important later',
      60_000,
    );
  });

  it('R2 bad input: the required fields are named; an unknown customer is a 422; nothing is written', async () => {
    const noWay = await desk.api('agent', 'POST', '/inquiries', {
      body: inquiryBody({
        contact: { name: '李伟' },
        cargo: { description: 'x', pieces: 0, weightKg: 1, volumeM3: 1, dangerousGoodsClass: '10' },
      }),
    });
    expect(noWay.status).toBe(400);
    expect(noWay.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'cargo.dangerousGoodsClass',
      'cargo.pieces',
      'contact.phone',
    ]);
    const noCompany = await desk.api('agent', 'POST', '/inquiries', {
      body: inquiryBody({ company: '' }),
    });
    expect(noCompany.body.errors).toEqual([{ field: 'company', message: expect.any(String) }]);
    const unknown = await desk.api('agent', 'POST', '/inquiries', {
      body: inquiryBody({ customerId: 'CUST-SH-9999' }),
    });
    expect(unknown).toMatchObject({ status: 422, body: { errors: [{ field: 'customerId' }] } });
  });

  it('R3: an unanswered inquiry escalates on the scheduler, each level recorded on it; the branch manager reassigns it', async () => {
    const { body: inquiry } = await desk.api('agent', 'POST', '/inquiries', {
      body: inquiryBody(),
    });
    await armed(inquiry.inquiryId);
    // received before 10:00 on Monday in Shanghai: its 8 working hours end the same day
    const due = new Date(Date.parse(inquiry.receivedAt) + 8 * 3_600_000).toISOString();
    desk.clock.set(new Date(Date.parse(due) + 1_000));
    const escalated = await waitFor(
      async () => {
        const { body } = await desk.api('agent', 'GET', `/inquiries/${inquiry.inquiryId}`);
        return body.escalations.length > 0 && body;
      },
      { description: 'the escalation recorded on the inquiry', timeoutMs: 60_000 },
    );
    expect(escalated).toMatchObject({
      answerDueAt: due,
      escalations: [{ level: 1, role: 'agent', deadlineId: inquiry.deadlineId, raisedAt: due }],
    });
    const open = await desk.api('branch-manager', 'GET', '/inquiries?escalated=true&status=open');
    expect(open.body.items.map((i: { inquiryId: string }) => i.inquiryId)).toContain(
      inquiry.inquiryId,
    );
    const byAgent = await desk.api('agent', 'POST', `/inquiries/${inquiry.inquiryId}/reassign`, {
      body: { agent: { userId: 'u-agent-2', username: 'agent2' } },
    });
    expect(byAgent.status).toBe(403);
    const reassigned = await desk.api(
      'branch-manager',
      'POST',
      `/inquiries/${inquiry.inquiryId}/reassign`,
      {
        body: { agent: { userId: 'u-agent-2', username: 'agent2' } },
      },
    );
    expect(reassigned.body.assignedTo).toEqual({ userId: 'u-agent-2', username: 'agent2' });
    const declined = await desk.api('agent', 'POST', `/inquiries/${inquiry.inquiryId}/decline`, {
      body: { reason: 'no truck this week' },
    });
    expect(declined.body).toMatchObject({
      status: 'declined',
      answer: { outcome: 'declined', withinDeadline: false },
    });
    await deadlineState(inquiry.inquiryId, 'completed');
  });

  it('R3 → R4: a quote is accepted once, and only while its price holds', async () => {
    const quoteOf = async (validDays: number) => {
      const { body: inquiry } = await desk.api('agent', 'POST', '/inquiries', {
        body: inquiryBody(),
      });
      const { body } = await desk.api('agent', 'POST', `/inquiries/${inquiry.inquiryId}/quote`, {
        body: { validDays },
      });
      return body.quote.quoteId as string;
    };
    const holds = await quoteOf(7);
    const lapses = await quoteOf(1);
    const accepted = await desk.api('agent', 'POST', `/quotes/${holds}/accept`, {
      body: { note: 'by phone' },
    });
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      acceptedAt: desk.clock.now().toISOString(),
    });
    const twice = await desk.api('agent', 'POST', `/quotes/${holds}/accept`, { body: {} });
    expect(twice).toMatchObject({
      status: 409,
      body: { type: 'urn:freight:problem:quote-already-accepted' },
    });
    desk.clock.advance(25 * 3_600_000);
    expect((await desk.api('agent', 'GET', `/quotes/${lapses}`)).body.status).toBe('expired');
    const late = await desk.api('agent', 'POST', `/quotes/${lapses}/accept`, { body: {} });
    expect(late).toMatchObject({
      status: 409,
      body: { type: 'urn:freight:problem:quote-expired' },
    });
  });
});
