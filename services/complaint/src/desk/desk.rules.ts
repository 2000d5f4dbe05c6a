import { ladder, Ladders, type EscalationLevel } from '@freight/contracts';

// The escalation ladders of a branch's desk and its roster (decision 0051). Levels are
// configurable per branch; these are the company's defaults when a branch stored none.

export type LadderLevels = EscalationLevel[];
export interface DeskLadders {
  /** R15: a customer call not answered within 5 minutes */
  callAnswer: LadderLevels;
  /** R16: an internal call not done within 30 minutes */
  internalCall: LadderLevels;
  /** R17: a complaint not replied to within 1 hour */
  complaintReply: LadderLevels;
}
export interface RosterEntry {
  role: EscalationLevel['role'];
  username: string;
  name: string | null;
}
export interface DeskSettings {
  branch: string;
  configured: boolean;
  ladders: DeskLadders;
  people: RosterEntry[];
}

export const DEFAULT_LADDERS: DeskLadders = {
  // a caller waiting for an answer cannot wait hours: the manager after 10 min, HQ after 1 h
  callAnswer: Ladders.agentManagerHq('PT10M', 'PT1H'),
  internalCall: Ladders.agentManagerHq('PT30M', 'PT2H'),
  complaintReply: Ladders.agentManagerHq(),
};

export function defaultDesk(branch: string): DeskSettings {
  return { branch, configured: false, ladders: DEFAULT_LADDERS, people: [] };
}

/** `[{role, after}]` as configured → numbered levels. */
export function numbered(levels: { role: EscalationLevel['role']; after: string }[]): LadderLevels {
  return ladder(...levels.map((l): [EscalationLevel['role'], string] => [l.role, l.after]));
}

/** The person the roster names for a role in this branch, or null (the role itself). */
export function personFor(desk: DeskSettings, role: string): string | null {
  return desk.people.find((p) => p.role === role)?.username ?? null;
}

/** An ISO 8601 duration of days, hours, minutes, seconds in milliseconds. */
export function durationMs(duration: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!m) throw new Error(`not a duration of days to seconds: ${duration}`);
  const [days, hours, minutes, seconds] = m.slice(1).map((v) => Number(v ?? 0));
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}

/**
 * R16: an internal call passed to the manager starts at the manager: the agent's levels go, and
 * the first remaining level fires at due, the others as far after it as before (a ladder with
 * nothing left keeps the branch manager at due).
 */
export function withoutAgentLevels(levels: LadderLevels): LadderLevels {
  const rest = levels.filter((l) => l.role !== 'agent');
  if (rest.length === 0) return numbered([{ role: 'branch-manager', after: 'PT0S' }]);
  const base = durationMs(rest[0].after);
  return numbered(
    rest.map(({ role, after }) => ({ role, after: `PT${(durationMs(after) - base) / 1000}S` })),
  );
}
