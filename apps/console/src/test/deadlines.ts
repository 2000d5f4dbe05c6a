import type { Deadline } from '../api/types';

/** A deadline as the scheduler's queue answers it, for tests. */
export function deadline(over: Partial<Deadline> & { id: string }): Deadline {
  return {
    rule: 'R17',
    subject: { type: 'complaint', id: over.id.toUpperCase(), branch: 'SH01' },
    calendar: { kind: 'wall-clock' },
    state: 'armed',
    dueAt: '2025-03-14T02:00:00.000Z',
    nextLevel: 1,
    nextFireAt: '2025-03-14T02:00:00.000Z',
    nextRole: 'agent',
    escalatedRole: null,
    pausedRemainingMs: null,
    ladder: [
      { level: 1, role: 'agent', after: 'PT0S', fireAt: '2025-03-14T02:00:00.000Z' },
      { level: 2, role: 'branch-manager', after: 'PT1H', fireAt: '2025-03-14T03:00:00.000Z' },
      { level: 3, role: 'hq-service', after: 'PT4H', fireAt: '2025-03-14T06:00:00.000Z' },
    ],
    payload: {},
    ...over,
  };
}
