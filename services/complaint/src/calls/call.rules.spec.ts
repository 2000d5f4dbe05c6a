import { defaultDesk } from '../desk/desk.rules';
import { answerCall, complaintFromCall, escalateCall, logCall, NewCall } from './call.rules';

const now = new Date('2026-03-02T01:00:00Z');
const actor = { userId: 'u-1', username: 'agent', role: 'agent' };
const desk = {
  ...defaultDesk('SH01'),
  people: [{ role: 'branch-manager' as const, username: 'wang.jun', name: null }],
};
const input = (overrides: Partial<NewCall> = {}): NewCall => ({
  branch: 'SH01',
  kind: 'inquiry',
  caller: { name: '李伟', phone: '138 0000 1001' },
  summary: 'Rates to Wuhan',
  startedAt: now.toISOString(),
  answeredOnCall: false,
  important: false,
  ...overrides,
});
const log = (overrides: Partial<NewCall> = {}) =>
  logCall(input(overrides), { id: 'c-1', actor, desk, customerId: 'CUST-SH-0001', now });
const typesOf = (events: { type: string }[]) => events.map((e) => e.type);

describe('R15/R16 call log', () => {
  it('R15: a call answered on the line is recorded and starts no clock', () => {
    const { call, events } = log({ answeredOnCall: true });
    expect(call).toMatchObject({
      answerState: 'answered-on-call',
      answerDueAt: null,
      phoneDigits: '13800001001',
    });
    expect(typesOf(events)).toEqual(['complaint.call.logged']);
  });

  it('R15: otherwise the caller is answered within 5 minutes of the call, up the branch’s ladder', () => {
    const { call, events } = log();
    expect(call.answerDueAt).toEqual(new Date('2026-03-02T01:05:00Z'));
    expect(events[1]).toMatchObject({
      type: 'scheduler.deadline.arm',
      data: {
        deadlineId: 'call:c-1:answer',
        rule: 'R15',
        subject: { type: 'call', id: 'c-1', branch: 'SH01' },
        due: { kind: 'at', dueAt: '2026-03-02T01:05:00.000Z' },
        ladder: desk.ladders.callAnswer,
      },
    });
  });

  it('R16: an internal call gets 30 minutes; passed to the manager, it is the manager’s from the start', () => {
    const { call, events } = log({ kind: 'internal', passedToManager: true });
    expect(call).toMatchObject({
      answerDueAt: new Date('2026-03-02T01:30:00Z'),
      assigneeRole: 'branch-manager',
      assignee: 'wang.jun',
      passedToManager: true,
    });
    expect(events[1].data).toMatchObject({
      rule: 'R16',
      ladder: [
        { level: 1, role: 'branch-manager', after: 'PT0S' },
        { level: 2, role: 'hq-service' },
      ],
    });
  });

  it('R19: an important inquiry is reported to the branch manager at once', () => {
    const { events } = log({ important: true });
    expect(events[2]).toMatchObject({
      type: 'complaint.alert.raised',
      data: {
        rule: 'R19',
        kind: 'important-inquiry',
        roles: ['branch-manager'],
        subject: { type: 'call', id: 'c-1' },
      },
    });
  });

  it('R15: answering stops the clock once; a second answer is refused', () => {
    const { call } = log();
    const answered = answerCall(call, 'Sent', actor, new Date('2026-03-02T01:04:00Z'));
    expect(typesOf(answered.events)).toEqual([
      'complaint.call.answered',
      'scheduler.deadline.cancel',
    ]);
    expect(answered.events[0].data).toMatchObject({ withinDeadline: true });
    expect(() => answerCall(call, 'again', actor, now)).toThrow(
      expect.objectContaining({ status: 409, slug: 'call-already-answered' }),
    );
  });

  it('R17: registering a complaint from the call answers it, once', () => {
    const { call } = log({ kind: 'complaint' });
    const first = complaintFromCall(call, 'CMP-SH01-000001', actor, now);
    expect(first.call).toMatchObject({ complaintId: 'CMP-SH01-000001', answerState: 'answered' });
    expect(() => complaintFromCall(call, 'CMP-SH01-000002', actor, now)).toThrow(
      expect.objectContaining({ slug: 'call-has-complaint' }),
    );
  });

  it('R15: an escalation moves a waiting call up; a late or repeated one changes nothing', () => {
    const { call } = log();
    expect(escalateCall(call, 2, 'branch-manager', desk)).toBe(true);
    expect(call).toMatchObject({ level: 2, assigneeRole: 'branch-manager', assignee: 'wang.jun' });
    expect(escalateCall(call, 1, 'agent', desk)).toBe(false);
    answerCall(call, 'done', actor, now);
    expect(escalateCall(call, 3, 'hq-service', desk)).toBe(false);
  });

  it('R15: a call is recorded once it has started', () => {
    expect(() => log({ startedAt: '2026-03-02T01:10:00Z' })).toThrow(
      expect.objectContaining({ status: 422 }),
    );
  });
});
