import type { BusinessHoursCalendar, WorkingHours } from '../calendars/business-calendar.rules';
import { WALL_CLOCK_UTC } from '../calendars/business-calendar.rules';
import { DeadlineClosedError, DeadlineConflictError, InvalidLadderError } from './deadline.errors';
import type { ArmDeadline, Deadline } from './deadline.model';
import {
  armDeadline,
  checkRearm,
  closeDeadline,
  fireNextLevel,
  moveDeadline,
  nextFireAt,
  pauseDeadline,
  resumeDeadline,
} from './deadline.rules';

const at = (iso: string) => new Date(iso);
const nine: WorkingHours[] = [{ from: '09:00', to: '18:00' }];
const shanghai: BusinessHoursCalendar = {
  kind: 'business-hours',
  timeZone: 'Asia/Shanghai',
  weeklyHours: { mon: nine, tue: nine, wed: nine, thu: nine, fri: nine, sat: [], sun: [] },
  holidays: [],
  extraWorkingDays: [],
};

const LADDER = [
  { level: 1, role: 'agent', after: 'PT0S' },
  { level: 2, role: 'branch-manager', after: 'PT1H' },
  { level: 3, role: 'hq-service', after: 'PT4H' },
];

function complaintReply(overrides: Partial<ArmDeadline> = {}): ArmDeadline {
  return {
    deadlineId: 'complaint:C-1:reply',
    rule: 'R17',
    subject: { type: 'complaint', id: 'C-1', branch: 'SH01' },
    due: { kind: 'at', dueAt: '2025-01-06T10:00:00Z' },
    ladder: LADDER,
    payload: { callerPhone: '+86 138 0000 0000' },
    ...overrides,
  };
}

const armed = (command = complaintReply()) =>
  armDeadline(command, WALL_CLOCK_UTC, at('2025-01-06T09:00:00Z')).deadline;

/** Fires every level lapsed by `now`, as the firer does. */
function climb(deadline: Deadline, now: Date) {
  const raised = [];
  let current = deadline;
  while (current.state === 'armed' && current.nextFireAt && current.nextFireAt <= now) {
    const fired = fireNextLevel(current, now);
    raised.push(fired.escalation);
    current = fired.deadline;
  }
  return { deadline: current, raised };
}

describe('R39 deadline: arming', () => {
  it('R17: a complaint reply armed for 1 h is due in 1 h, agent first', () => {
    const command = complaintReply({
      due: {
        kind: 'after',
        startsAt: '2025-01-06T09:00:00Z',
        duration: 'PT1H',
        calendar: { kind: 'wall-clock' },
      },
    });
    const deadline = armed(command);
    expect(deadline.dueAt).toEqual(at('2025-01-06T10:00:00Z'));
    expect(deadline.state).toBe('armed');
    expect(deadline.nextLevel).toBe(1);
    expect(nextFireAt(deadline)).toEqual(at('2025-01-06T10:00:00Z'));
    expect(deadline.ladder.map((s) => s.fireAt)).toEqual([
      '2025-01-06T10:00:00.000Z',
      '2025-01-06T11:00:00.000Z',
      '2025-01-06T14:00:00.000Z',
    ]);
  });

  it('R3: an 8 h quote answer counts business hours; its ladder too', () => {
    const command = complaintReply({
      rule: 'R3',
      due: {
        kind: 'after',
        startsAt: '2025-01-10T15:00:00+08:00',
        duration: 'PT8H',
        calendar: { kind: 'business-hours', branch: 'SH01' },
      },
    });
    const deadline = armDeadline(command, shanghai, at('2025-01-10T07:00:00Z')).deadline;
    expect(deadline.dueAt).toEqual(at('2025-01-13T14:00:00+08:00'));
    // HQ +4 working hours from Monday 14:00 ends exactly at Monday's closing
    expect(deadline.ladder[2].fireAt).toBe(new Date('2025-01-13T18:00:00+08:00').toISOString());
  });

  it('R33: a settlement is due at the end of the month, the general manager told a month later', () => {
    const command = complaintReply({
      rule: 'R33',
      due: {
        kind: 'end-of-month',
        startsAt: '2025-01-20T10:00:00+08:00',
        calendar: { kind: 'wall-clock', timeZone: 'Asia/Shanghai' },
      },
      ladder: [
        { level: 1, role: 'finance', after: 'PT0S' },
        { level: 2, role: 'general-manager', after: 'P1M' },
      ],
    });
    const deadline = armDeadline(
      command,
      { kind: 'wall-clock', timeZone: 'Asia/Shanghai' },
      at('2025-01-20T02:00:00Z'),
    ).deadline;
    expect(deadline.ladder.map((s) => s.fireAt)).toEqual([
      new Date('2025-02-01T00:00:00+08:00').toISOString(),
      new Date('2025-03-01T00:00:00+08:00').toISOString(),
    ]);
  });

  it('arming again with the same content is accepted (idempotent), in any key order', () => {
    const deadline = armed();
    const { payload, ladder, ...rest } = complaintReply();
    expect(() => checkRearm(deadline, { ladder, payload, ...rest })).not.toThrow();
  });

  it('arming an id again with different content is refused', () => {
    const deadline = armed();
    expect(() => checkRearm(deadline, complaintReply({ payload: { other: true } }))).toThrow(
      DeadlineConflictError,
    );
  });

  it('refuses a ladder whose levels are not 1, 2, 3 … or that climbs down', () => {
    expect(() =>
      armed(complaintReply({ ladder: [{ level: 2, role: 'agent', after: 'PT0S' }] })),
    ).toThrow(InvalidLadderError);
    expect(() =>
      armed(
        complaintReply({
          ladder: [LADDER[1], { ...LADDER[0], level: 2 }].map((l, i) => ({ ...l, level: i + 1 })),
        }),
      ),
    ).toThrow(InvalidLadderError);
    expect(() => armed(complaintReply({ ladder: [] }))).toThrow(InvalidLadderError);
  });
});

describe('R39 deadline: climbing the ladder', () => {
  it('R39: a lapsed deadline escalates agent → branch manager → HQ and keeps climbing until done', () => {
    let deadline = armed();
    const first = climb(deadline, at('2025-01-06T10:00:00Z'));
    expect(first.raised.map((e) => e.role)).toEqual(['agent']);
    const second = climb(first.deadline, at('2025-01-06T11:00:00Z'));
    expect(second.raised.map((e) => e.role)).toEqual(['branch-manager']);
    deadline = climb(second.deadline, at('2025-01-06T14:00:00Z')).deadline;
    expect(deadline.state).toBe('escalated');
    expect(deadline.ladder.every((s) => s.firedAt)).toBe(true);
    expect(nextFireAt(deadline)).toBeNull();
    expect(closeDeadline(deadline, 'done', at('2025-01-06T15:00:00Z'))?.deadline.state).toBe(
      'completed',
    );
  });

  it('R39: after downtime every lapsed level fires once, in order, with its lateness', () => {
    const { deadline, raised } = climb(armed(), at('2025-01-06T15:00:00Z'));
    expect(raised.map((e) => [e.level, e.latenessMs, e.finalLevel])).toEqual([
      [1, 5 * 3_600_000, false],
      [2, 4 * 3_600_000, false],
      [3, 3_600_000, true],
    ]);
    expect(deadline.state).toBe('escalated');
  });

  it('a level not yet lapsed does not fire', () => {
    expect(() => fireNextLevel(armed(), at('2025-01-06T09:59:59Z'))).toThrow(/no lapsed level/);
  });
});

describe('R39 deadline: pause, resume, move, cancel', () => {
  it('pause freezes the remaining business time; resume counts it from the resume', () => {
    const command = complaintReply({
      due: {
        kind: 'after',
        startsAt: '2025-01-06T09:00:00+08:00',
        duration: 'PT8H',
        calendar: { kind: 'business-hours', branch: 'SH01' },
      },
    });
    const deadline = armDeadline(command, shanghai, at('2025-01-06T01:00:00Z')).deadline;
    const paused = pauseDeadline(deadline, shanghai, at('2025-01-06T15:00:00+08:00'));
    expect(paused?.deadline).toMatchObject({
      state: 'paused',
      nextFireAt: null,
      pausedRemainingMs: 2 * 3_600_000,
    });
    expect(pauseDeadline(paused!.deadline, shanghai, at('2025-01-06T16:00:00+08:00'))).toBeNull();
    const resumed = resumeDeadline(paused!.deadline, shanghai, at('2025-01-08T17:00:00+08:00'));
    expect(resumed?.deadline.dueAt).toEqual(at('2025-01-09T10:00:00+08:00'));
    expect(resumed?.deadline.nextFireAt).toEqual(at('2025-01-09T10:00:00+08:00'));
    expect(resumed?.deadline.ladder[1].fireAt).toBe(
      new Date('2025-01-09T11:00:00+08:00').toISOString(),
    );
  });

  it('a pause while overdue keeps the overdue time: the next level still comes 1 h after due', () => {
    const after10 = climb(armed(), at('2025-01-06T10:30:00Z')).deadline;
    const paused = pauseDeadline(after10, WALL_CLOCK_UTC, at('2025-01-06T10:30:00Z'))!.deadline;
    expect(paused.pausedRemainingMs).toBe(-30 * 60_000);
    const resumed = resumeDeadline(paused, WALL_CLOCK_UTC, at('2025-01-07T08:00:00Z'))!.deadline;
    expect(resumed.nextLevel).toBe(2);
    expect(resumed.nextFireAt).toEqual(at('2025-01-07T08:30:00Z'));
    expect(resumed.ladder[0].firedAt).toBe('2025-01-06T10:30:00.000Z');
  });

  it('move re-bases the levels not yet fired; fired ones stay fired', () => {
    const afterAgent = climb(armed(), at('2025-01-06T10:00:00Z')).deadline;
    const moved = moveDeadline(
      afterAgent,
      { kind: 'at', dueAt: '2025-01-06T12:00:00Z' },
      WALL_CLOCK_UTC,
      at('2025-01-06T10:10:00Z'),
    );
    expect(moved.deadline.ladder.map((s) => [s.fireAt, Boolean(s.firedAt)])).toEqual([
      ['2025-01-06T10:00:00.000Z', true],
      ['2025-01-06T13:00:00.000Z', false],
      ['2025-01-06T16:00:00.000Z', false],
    ]);
    expect(moved.deadline.nextFireAt).toEqual(at('2025-01-06T13:00:00Z'));
    expect(moved.entry).toMatchObject({
      kind: 'moved',
      details: { to: '2025-01-06T12:00:00.000Z' },
    });
  });

  it('cancel stops it; done completes it; a second close changes nothing', () => {
    const cancelled = closeDeadline(armed(), 'withdrawn', at('2025-01-06T09:30:00Z'))!.deadline;
    expect(cancelled).toMatchObject({ state: 'cancelled', nextFireAt: null });
    expect(closeDeadline(cancelled, 'done', at('2025-01-06T09:31:00Z'))).toBeNull();
    expect(() => fireNextLevel(cancelled, at('2025-01-06T11:00:00Z'))).toThrow();
  });

  it('a closed deadline cannot be moved, paused or resumed', () => {
    const done = closeDeadline(armed(), 'done', at('2025-01-06T09:30:00Z'))!.deadline;
    expect(() => pauseDeadline(done, WALL_CLOCK_UTC, at('2025-01-06T09:31:00Z'))).toThrow(
      DeadlineClosedError,
    );
    expect(() => resumeDeadline(done, WALL_CLOCK_UTC, at('2025-01-06T09:31:00Z'))).toThrow(
      DeadlineClosedError,
    );
    expect(() =>
      moveDeadline(
        done,
        { kind: 'at', dueAt: '2025-01-07T00:00:00Z' },
        WALL_CLOCK_UTC,
        at('2025-01-06T09:31:00Z'),
      ),
    ).toThrow(DeadlineClosedError);
  });
});
