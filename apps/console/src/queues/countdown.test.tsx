import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatSpan } from '../format/time';
import { deadline } from '../test/deadlines';
import { renderInConsole } from '../test/render';
import { calendarOf, clockOffsetMs, levelReached, msUntil, queueRows } from './countdown';
import { QueueTable } from './QueueTable';

const escalated = deadline({
  id: 'c-old',
  state: 'armed',
  dueAt: '2025-03-14T01:00:00.000Z',
  escalatedRole: 'branch-manager',
  nextLevel: 3,
  nextRole: 'hq-service',
  nextFireAt: '2025-03-14T05:00:00.000Z',
  ladder: [
    {
      level: 1,
      role: 'agent',
      after: 'PT0S',
      fireAt: '2025-03-14T01:00:00.000Z',
      firedAt: '2025-03-14T01:00:00.100Z',
    },
    {
      level: 2,
      role: 'branch-manager',
      after: 'PT1H',
      fireAt: '2025-03-14T02:00:00.000Z',
      firedAt: '2025-03-14T02:00:00.100Z',
    },
    { level: 3, role: 'hq-service', after: 'PT4H', fireAt: '2025-03-14T05:00:00.000Z' },
  ],
});
const newer = deadline({
  id: 'c-new',
  dueAt: '2025-03-14T01:30:00.000Z',
  escalatedRole: 'branch-manager',
});
const soon = deadline({
  id: 'c-soon',
  dueAt: '2025-03-14T02:30:00.000Z',
  nextFireAt: '2025-03-14T02:30:00.000Z',
  calendar: { kind: 'business-hours', branch: 'SH01' },
});

describe('queue countdowns', () => {
  it('lists the overdue oldest first, then what is due soon by when its next level fires', () => {
    const rows = queueRows([
      { asOf: '2025-03-14T02:10:00.000Z', overdue: [newer, escalated], dueSoon: [soon] },
    ]);
    expect(rows.map((r) => [r.deadline.id, r.section])).toEqual([
      ['c-old', 'overdue'],
      ['c-new', 'overdue'],
      ['c-soon', 'dueSoon'],
    ]);
  });

  it("merges several branches' queues the same way (HQ)", () => {
    const gz = deadline({
      id: 'gz',
      dueAt: '2025-03-14T00:30:00.000Z',
      subject: { type: 'inquiry', id: 'I-1', branch: 'GZ01' },
    });
    const rows = queueRows([
      { asOf: '2025-03-14T02:10:00.000Z', overdue: [escalated], dueSoon: [] },
      { asOf: '2025-03-14T02:10:00.000Z', overdue: [gz], dueSoon: [] },
    ]);
    expect(rows.map((r) => r.deadline.id)).toEqual(['gz', 'c-old']);
  });

  it("runs on the scheduler's clock: a PC five minutes slow still counts the real time left", () => {
    const pcNow = Date.parse('2025-03-14T02:05:00.000Z');
    const offset = clockOffsetMs('2025-03-14T02:10:00.000Z', pcNow);
    expect(offset).toBe(300_000);
    expect(msUntil('2025-03-14T02:30:00.000Z', pcNow, offset)).toBe(20 * 60_000);
    expect(msUntil('2025-03-14T02:00:00.000Z', pcNow, offset)).toBe(-10 * 60_000);
  });

  it('reads the ladder level reached and the calendar counted in', () => {
    expect(levelReached(escalated)).toEqual({ level: 2, of: 3, role: 'branch-manager' });
    expect(levelReached(soon)).toEqual({ level: 0, of: 3, role: undefined });
    expect(calendarOf(soon)).toEqual({ kind: 'business-hours', branch: 'SH01' });
    expect(calendarOf(escalated)).toEqual({ kind: 'wall-clock' });
  });

  it('formats spans as a countdown reads them', () => {
    expect(formatSpan(0)).toBe('0:00:00');
    expect(formatSpan(59_999)).toBe('0:00:59');
    expect(formatSpan(-(3600_000 + 65_000))).toBe('1:01:05');
    expect(formatSpan(2 * 86_400_000 + 5 * 3600_000)).toBe('2d 05h');
  });
});

describe('QueueTable', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'],
    });
    vi.setSystemTime(new Date('2025-03-14T02:10:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('ticks every second, turns a due time passed into "overdue" and shows the level reached', () => {
    const rows = queueRows([
      { asOf: '2025-03-14T02:10:00.000Z', overdue: [escalated], dueSoon: [soon] },
    ]);
    renderInConsole(<QueueTable rows={rows} offsetMs={0} caption="My queue" />);
    const row = (id: string) => document.querySelector(`[data-deadline-id="${id}"]`) as HTMLElement;

    expect(within(row('c-old')).getByText('overdue 1:10:00')).toBeTruthy();
    expect(within(row('c-old')).getByText('level 2 of 3 · branch-manager')).toBeTruthy();
    expect(within(row('c-old')).getByText('hq-service in 2:50:00')).toBeTruthy();
    expect(within(row('c-soon')).getByText('0:20:00 left')).toBeTruthy();
    expect(within(row('c-soon')).getByText('not yet')).toBeTruthy();
    expect(within(row('c-soon')).getByText('business hours SH01')).toBeTruthy();

    act(() => void vi.advanceTimersByTime(3_000));
    expect(within(row('c-soon')).getByText('0:19:57 left')).toBeTruthy();
    expect(within(row('c-old')).getByText('overdue 1:10:03')).toBeTruthy();

    act(() => void vi.advanceTimersByTime(20 * 60_000));
    const passed = within(row('c-soon')).getByText('overdue 0:00:03');
    expect(passed.getAttribute('data-countdown')).toBe('overdue');
    expect(within(row('c-soon')).getByText('agent now')).toBeTruthy();
  });

  it('says so when nothing is due', () => {
    renderInConsole(<QueueTable rows={[]} offsetMs={0} caption="My queue" />);
    expect(screen.getByText('Nothing due in the next 8 hours.')).toBeTruthy();
  });
});
