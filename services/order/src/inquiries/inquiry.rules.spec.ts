import { assess } from '../rates/pricing.rules';
import { rateTableFixture } from '../rates/rate-table.fixture';
import { newInquiryFixture } from './inquiry.fixture';
import {
  callBack,
  decline,
  mustBeQuotable,
  NewInquiry,
  quoteBlockedReason,
  receiveInquiry,
  recordEscalation,
  sendQuote,
} from './inquiry.rules';
import { offerQuote } from './quote.rules';

const agent = { userId: 'u-1', username: 'agent' };
const now = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Shanghai
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

function received(overrides: Partial<NewInquiry> = {}) {
  const input = newInquiryFixture(overrides);
  const assessment = assess(rateTableFixture(), {
    origin: input.origin,
    destination: input.destination,
    cargo: input.cargo,
    services: input.serviceOptions,
  });
  return receiveInquiry(input, 'INQ-SH-000001', assessment, agent, now);
}

const escalation = (level: number, role: 'agent' | 'branch-manager', raisedAt: string) => ({
  deadlineId: 'quote-inquiry:INQ-SH-000001:answer',
  rule: 'R3',
  subject: { type: 'quote-inquiry', id: 'INQ-SH-000001', branch: 'SH01' },
  level,
  role,
  dueAt: '2026-03-02T10:00:00Z',
  raisedAt,
  finalLevel: false,
  payload: {},
});

describe('R2 intake and R3 the 8-hour answer', () => {
  it('R3: intake arms the 8-hour clock in business hours with the agent → manager → HQ ladder', () => {
    const { inquiry, events } = received();
    expect(inquiry.status).toBe('open');
    expect(events.map((e) => e.type)).toEqual(['order.inquiry.received', 'scheduler.deadline.arm']);
    expect(events[1].data).toMatchObject({
      deadlineId: 'quote-inquiry:INQ-SH-000001:answer',
      rule: 'R3',
      subject: { type: 'quote-inquiry', id: 'INQ-SH-000001', branch: 'SH01' },
      due: {
        kind: 'after',
        duration: 'PT8H',
        calendar: { kind: 'business-hours', branch: 'SH01' },
      },
      ladder: [
        { level: 1, role: 'agent', after: 'PT0S' },
        { level: 2, role: 'branch-manager', after: 'PT1H' },
        { level: 3, role: 'hq-service', after: 'PT4H' },
      ],
    });
  });

  it('R3: a lane the table does not cover is "needs analysis" — the callback task — with its reasons', () => {
    const { inquiry } = received({ destination: { province: '四川省', city: '成都市' } });
    expect(inquiry.status).toBe('needs-analysis');
    expect(inquiry.assessment).toEqual({
      kind: 'needs-analysis',
      reasons: [{ code: 'destination-not-served', message: 'no region covers 成都市' }],
    });
  });

  it('R19: an important inquiry alerts the branch manager at once', () => {
    const { events } = received({ important: true });
    expect(events.map((e) => e.type)).toContain('order.alert.raised');
    expect(events.find((e) => e.type === 'order.alert.raised')?.data).toMatchObject({
      rule: 'R19',
      kind: 'important-inquiry',
      roles: ['branch-manager'],
      subject: { type: 'quote-inquiry', id: 'INQ-SH-000001', branch: 'SH01' },
    });
  });

  it('R2: dangerous goods without an MSDS are recorded but not quoted, with a reason naming the MSDS', () => {
    const { inquiry } = received({
      cargo: {
        description: '涂料',
        pieces: 1,
        weightKg: 100,
        volumeM3: 0.2,
        dangerousGoodsClass: '3',
      },
    });
    expect(inquiry.inquiryId).toBe('INQ-SH-000001');
    expect(quoteBlockedReason(inquiry)).toMatch(/MSDS/);
    expect(() => mustBeQuotable(inquiry)).toThrow(/UN class 3 and has no MSDS reference/);
    expect(() =>
      mustBeQuotable({ ...inquiry, cargo: { ...inquiry.cargo, msdsReference: 'MSDS-1' } }),
    ).not.toThrow();
  });

  it('R3: sending the quote answers the customer and stops the clock, once', () => {
    const { inquiry } = received();
    if (inquiry.assessment.kind !== 'quotable') throw new Error('expected quotable');
    const quote = offerQuote(
      inquiry,
      { ...inquiry.assessment, basis: { manual: false }, validUntil: later(7 * 24 * 60) },
      'QUO-SH-000001',
      agent,
      later(30),
    );
    const { inquiry: quoted, events } = sendQuote(inquiry, quote, agent, later(30));
    expect(quoted).toMatchObject({
      status: 'quoted',
      quoteId: 'QUO-SH-000001',
      answer: { withinDeadline: true },
    });
    expect(events.map((e) => e.type)).toEqual([
      'order.inquiry.answered',
      'scheduler.deadline.cancel',
    ]);
    expect(events[1].data).toMatchObject({ deadlineId: inquiry.deadlineId, reason: 'done' });
    expect(() => sendQuote(quoted, quote, agent, later(40))).toThrow(/is quoted/);
    expect(() => decline(quoted, 'no truck', agent, later(40))).toThrow(/takes no further answer/);
  });

  it('R3: a callback that reached nobody keeps the clock running; one that did answers', () => {
    const { inquiry } = received();
    const missed = callBack(inquiry, { outcome: 'no answer', reached: false }, agent, later(60));
    expect(missed.events).toEqual([]);
    expect(missed.inquiry).toMatchObject({
      status: 'open',
      answer: null,
      callbacks: [{ reached: false }],
    });
    const reached = callBack(
      missed.inquiry,
      { outcome: 'price tomorrow', reached: true },
      agent,
      later(90),
    );
    expect(reached.inquiry.status).toBe('called-back');
    expect(reached.events.map((e) => e.type)).toEqual([
      'order.inquiry.answered',
      'scheduler.deadline.cancel',
    ]);
    // the quote that follows is one more answer, but the clock is already stopped
    expect(
      decline(reached.inquiry, 'customer chose rail', agent, later(120)).events.map((e) => e.type),
    ).toEqual(['order.inquiry.answered']);
  });

  it('R3: each lapsed level is recorded once, with the due; an answer after it is not within the deadline', () => {
    const { inquiry } = received();
    const first = recordEscalation(inquiry, escalation(1, 'agent', '2026-03-02T10:00:00Z'))!;
    expect(first.escalations).toEqual([
      { deadlineId: inquiry.deadlineId, level: 1, role: 'agent', raisedAt: '2026-03-02T10:00:00Z' },
    ]);
    expect(first.answerDueAt).toEqual(new Date('2026-03-02T10:00:00Z'));
    expect(recordEscalation(first, escalation(1, 'agent', '2026-03-02T10:00:00Z'))).toBeNull();
    const answered = decline(first, 'no capacity', agent, new Date('2026-03-02T10:30:00Z'));
    expect(answered.inquiry.answer?.withinDeadline).toBe(false);
    // the manager's level fired after the answer (its cancel was on its way): not recorded
    expect(
      recordEscalation(answered.inquiry, escalation(2, 'branch-manager', '2026-03-02T11:00:00Z')),
    ).toBeNull();
  });
});
