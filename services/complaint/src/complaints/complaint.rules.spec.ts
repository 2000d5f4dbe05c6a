import { defaultDesk } from '../desk/desk.rules';
import { escalateComplaint, recordFault } from './complaint-oversight.rules';
import type { Complaint } from './complaint.entity';
import {
  NewComplaint,
  registerComplaint,
  reopenComplaint,
  replyToComplaint,
  resolveComplaint,
} from './complaint.rules';

const t0 = new Date('2026-03-02T01:00:00Z');
const after = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const agent = { userId: 'u-1', username: 'agent', role: 'agent' };
const manager = { userId: 'u-2', username: 'wang.jun', role: 'branch-manager' };
const desk = {
  ...defaultDesk('SH01'),
  people: [
    { role: 'branch-manager' as const, username: 'wang.jun', name: null },
    { role: 'hq-service' as const, username: 'zhou.ting', name: null },
  ],
};
const input = (overrides: Partial<NewComplaint> = {}): NewComplaint => ({
  branch: 'SH01',
  caller: { name: '李伟', phone: '13800001001' },
  cause: 'late-delivery',
  description: 'Late',
  customerRequest: 'Deliver',
  important: false,
  solvedOnCall: false,
  ...overrides,
});
const register = (overrides: Partial<NewComplaint> = {}) =>
  registerComplaint(input(overrides), { id: 'C-1', actor: agent, desk, customerId: null, now: t0 });
const typesOf = (events: { type: string }[]) => events.map((e) => e.type);

describe('R17/R18 complaints', () => {
  it('R17: not solved on the call, a reply is due within 1 hour up the branch’s ladder', () => {
    const { complaint, events, steps } = register();
    expect(complaint).toMatchObject({
      state: 'open',
      round: 1,
      replyDueAt: after(60),
      assigneeRole: 'agent',
      assignee: 'agent',
    });
    expect(events[1]).toMatchObject({
      type: 'scheduler.deadline.arm',
      data: {
        deadlineId: 'complaint:C-1:reply:1',
        rule: 'R17',
        due: {
          kind: 'after',
          duration: 'PT1H',
          startsAt: t0.toISOString(),
          calendar: { kind: 'wall-clock' },
        },
        ladder: desk.ladders.complaintReply,
      },
    });
    expect(steps).toEqual([expect.objectContaining({ kind: 'registered', by: agent, at: t0 })]);
  });

  it('R17: solved on the call, it is closed at once and no clock runs', () => {
    const { complaint, events } = register({ solvedOnCall: true, result: 'Refunded' });
    expect(complaint).toMatchObject({
      state: 'closed',
      repliedWithin: true,
      closedAt: t0,
      replyDueAt: null,
    });
    expect(typesOf(events)).toEqual([
      'complaint.complaint.registered',
      'complaint.complaint.closed',
    ]);
  });

  it('R19: an important complaint is reported to the branch manager at once', () => {
    expect(typesOf(register({ important: true }).events)).toContain('complaint.alert.raised');
  });

  it('R17: the first reply stops the climb; later replies are recorded; a closed complaint takes none', () => {
    const { complaint } = register();
    const first = replyToComplaint(
      complaint,
      { text: 'Tomorrow', channel: 'phone' },
      agent,
      after(40),
    );
    expect(typesOf(first.events)).toEqual([
      'complaint.complaint.replied',
      'scheduler.deadline.cancel',
    ]);
    expect(complaint).toMatchObject({
      state: 'replied',
      firstRepliedAt: after(40),
      repliedWithin: true,
    });
    const second = replyToComplaint(
      complaint,
      { text: 'On its way', channel: 'sms' },
      agent,
      after(90),
    );
    expect(typesOf(second.events)).toEqual(['complaint.complaint.replied']);
    resolveComplaint(complaint, { result: 'Delivered' }, agent, after(120));
    expect(() =>
      replyToComplaint(complaint, { text: 'x', channel: 'phone' }, agent, after(130)),
    ).toThrow(expect.objectContaining({ status: 409, slug: 'complaint-closed' }));
  });

  it('R17: resolved before any reply, the resolution is the reply (late here)', () => {
    const { complaint } = register();
    const { events } = resolveComplaint(
      complaint,
      { result: 'Done', customerOpinion: { verdict: 'dissatisfied' } },
      agent,
      after(75),
    );
    expect(typesOf(events)).toEqual(['scheduler.deadline.cancel', 'complaint.complaint.closed']);
    expect(events[1].data).toMatchObject({ repliedWithinDeadline: false });
  });

  it('R17: reopened, a new round with its own hour and clock', () => {
    const { complaint } = register({ solvedOnCall: true, result: 'x' });
    const { events } = reopenComplaint(complaint, 'Not fixed', agent, desk, after(600));
    expect(complaint).toMatchObject({
      state: 'open',
      round: 2,
      replyDueAt: after(660),
      result: null,
    });
    expect(events[1].data).toMatchObject({ deadlineId: 'complaint:C-1:reply:2' });
    expect(() => reopenComplaint(complaint, 'again', agent, desk, after(601))).toThrow(
      expect.objectContaining({ slug: 'complaint-not-closed' }),
    );
  });
});

describe('R17/R21 escalations and findings', () => {
  const lapsed = (level: number, role: 'agent' | 'branch-manager' | 'hq-service', round = 1) => ({
    round,
    level,
    role,
    raisedAt: after(60 * level),
  });
  const climbed = (managerActed: boolean): Complaint => {
    const { complaint } = register();
    escalateComplaint(complaint, lapsed(1, 'agent'), desk, false);
    escalateComplaint(complaint, lapsed(2, 'branch-manager'), desk, false);
    escalateComplaint(complaint, lapsed(3, 'hq-service'), desk, managerActed);
    return complaint;
  };

  it('R17: each lapsed level reassigns to its person on the roster', () => {
    const { complaint } = register();
    const change = escalateComplaint(complaint, lapsed(2, 'branch-manager'), desk, false)!;
    expect(complaint).toMatchObject({
      level: 2,
      assigneeRole: 'branch-manager',
      assignee: 'wang.jun',
    });
    expect(change.events[0]).toMatchObject({
      type: 'complaint.complaint.escalated',
      data: { level: 2, assignee: 'wang.jun' },
    });
    expect(change.steps[0]).toMatchObject({ kind: 'escalated', by: null });
  });

  it('R17: an escalation of an old round, a level already reached, or after the reply changes nothing', () => {
    const { complaint } = register();
    escalateComplaint(complaint, lapsed(2, 'branch-manager'), desk, false);
    expect(escalateComplaint(complaint, lapsed(1, 'agent'), desk, false)).toBeNull();
    expect(escalateComplaint(complaint, lapsed(3, 'hq-service', 2), desk, false)).toBeNull();
    replyToComplaint(complaint, { text: 'x', channel: 'phone' }, agent, after(150));
    expect(escalateComplaint(complaint, lapsed(3, 'hq-service'), desk, false)).toBeNull();
  });

  it('R21: climbing from the branch manager to HQ while the manager did nothing is the manager’s neglect', () => {
    expect(climbed(false).managerNeglect).toEqual({
      manager: 'wang.jun',
      coordinator: 'zhou.ting',
      at: after(180).toISOString(),
    });
    expect(climbed(true).managerNeglect).toBeNull();
  });

  it('R21: the finding names the staff at fault and the branch manager answerable with them', () => {
    const { complaint } = register();
    const change = recordFault(
      complaint,
      { staff: [{ username: 'li.ming', name: '李明' }], note: 'Promised a time' },
      manager,
      desk,
      after(10),
    );
    expect(complaint).toMatchObject({
      staffAtFault: [{ username: 'li.ming', name: '李明' }],
      accountableManager: 'wang.jun',
    });
    expect(change.steps[0].text).toBe('At fault: li.ming. Promised a time');
    recordFault(complaint, { staff: [], note: 'Cleared' }, manager, desk, after(20));
    expect(complaint).toMatchObject({ staffAtFault: [], accountableManager: null });
  });
});
