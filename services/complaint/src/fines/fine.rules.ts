import Decimal from 'decimal.js';

// R21 complaint fines (考核), as the company's rules say them (source 5.2, 5.3), computed for a
// month from the complaints registered in it: a pure function of the register, so the lines can
// be recomputed whenever a finding changes and always come out the same (decision 0052).

export type FineKind =
  'staff-at-fault' | 'branch-manager-joint' | 'manager-neglect' | 'hq-coordinator-joint';

/** What of a complaint the fines depend on. */
export interface FinedComplaint {
  id: string;
  branch: string;
  registeredAt: Date;
  staffAtFault: { username: string }[];
  accountableManager: string | null;
  managerNeglect: { manager: string | null; coordinator: string | null } | null;
}

export interface FineLineDraft {
  id: string;
  month: string;
  branch: string;
  kind: FineKind;
  person: string | null;
  personRole: 'agent' | 'branch-manager' | 'hq-service';
  complaintId: string;
  count: number;
  assessedMinor: number;
  explanation: string;
  notice: boolean;
}

export const CURRENCY = 'CNY';
/** 5.2: 10, 20, 50 yuan for a person's 1st, 2nd, 3rd complaint in a month (50 from then on). */
export const STAFF_LADDER_MINOR = [1000, 2000, 5000] as const;
/** 5.2: the branch manager jointly, 5 per complaint. */
export const MANAGER_JOINT_MINOR = 500;
/** 5.3: 10–50 per case by the circumstances; HQ sets it, 10 until it does. */
export const NEGLECT_RANGE_MINOR = { min: 1000, max: 5000, default: 1000 } as const;
/** 5.3: the HQ complaint coordinator jointly, 5 per case. */
export const COORDINATOR_JOINT_MINOR = 500;

export const yuan = (minor: number): string => new Decimal(minor).div(100).toFixed(2);
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const lineId = (month: string, kind: FineKind, complaintId: string, person: string | null) =>
  `R21-${month}-${kind}-${complaintId}-${person ?? 'unnamed'}`;
const nobody = (role: string, branch: string) => `the ${role} of ${branch} (nobody on the roster)`;

/** The staff fine for a person's nth complaint of the month. */
export const staffFineMinor = (n: number): number =>
  STAFF_LADDER_MINOR[Math.min(n, STAFF_LADDER_MINOR.length) - 1];

/**
 * Every fine line of `month` from its complaints (in any order): counted per person in the
 * order the complaints were registered. `hqAmounts` holds what HQ set for manager-neglect lines.
 */
export function monthFines(
  month: string,
  complaints: FinedComplaint[],
  hqAmounts: ReadonlyMap<string, number> = new Map(),
): FineLineDraft[] {
  const ordered = [...complaints].sort(
    (a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || a.id.localeCompare(b.id),
  );
  const counts = new Map<string, number>();
  const next = (key: string) => {
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return n;
  };
  const lines: FineLineDraft[] = [];
  for (const c of ordered) {
    const line = (
      kind: FineKind,
      person: string | null,
      role: FineLineDraft['personRole'],
      count: number,
      minor: number,
      explanation: string,
      notice = false,
    ) =>
      lines.push({
        id: lineId(month, kind, c.id, person),
        month,
        branch: c.branch,
        kind,
        person,
        personRole: role,
        complaintId: c.id,
        count,
        assessedMinor: minor,
        explanation,
        notice,
      });
    for (const { username } of c.staffAtFault) {
      const n = next(`staff:${username}`);
      const minor = staffFineMinor(n);
      const notice = n === 3;
      line(
        'staff-at-fault',
        username,
        'agent',
        n,
        minor,
        `R21: ${username} at fault in ${c.id}, the ${ordinal(n)} such complaint in ${month}: ${yuan(minor)} ${CURRENCY}` +
          (notice ? ', and a company-wide notice' : ''),
        notice,
      );
    }
    if (c.staffAtFault.length > 0) {
      const manager = c.accountableManager;
      const n = next(`joint:${manager ?? c.branch}`);
      line(
        'branch-manager-joint',
        manager,
        'branch-manager',
        n,
        MANAGER_JOINT_MINOR,
        `R21: branch manager ${manager ?? nobody('branch manager', c.branch)} jointly for ${c.id} (at fault: ${c.staffAtFault.map((s) => s.username).join(', ')}): ${yuan(MANAGER_JOINT_MINOR)} ${CURRENCY}`,
      );
    }
    if (c.managerNeglect) {
      const { manager, coordinator } = c.managerNeglect;
      const id = lineId(month, 'manager-neglect', c.id, manager);
      const set = hqAmounts.get(id);
      const minor = set ?? NEGLECT_RANGE_MINOR.default;
      const n = next(`neglect:${manager ?? c.branch}`);
      line(
        'manager-neglect',
        manager,
        'branch-manager',
        n,
        minor,
        `R21: ${manager ?? nobody('branch manager', c.branch)} let ${c.id} climb past the branch manager without acting: ${yuan(minor)} ${CURRENCY} (${set === undefined ? 'the default; HQ sets 10–50' : 'set by HQ'})`,
      );
      const m = next(`coordinator:${coordinator ?? 'hq'}`);
      line(
        'hq-coordinator-joint',
        coordinator,
        'hq-service',
        m,
        COORDINATOR_JOINT_MINOR,
        `R21: HQ coordinator ${coordinator ?? '(nobody on the roster)'} jointly for ${c.id} reaching HQ: ${yuan(COORDINATOR_JOINT_MINOR)} ${CURRENCY}`,
      );
    }
  }
  return lines;
}

export type ReviewReason = 'three-months-running' | 'over-monthly-threshold';
export interface ReviewFlag {
  username: string;
  branch: string;
  reason: ReviewReason;
  explanation: string;
}

/**
 * R21 "经常被投诉屡教不改" — repeat offenders flagged for dismissal review: at fault in complaints
 * of three months running, or in more than `threshold - 1` complaints of one month.
 */
export function reviewFlags(
  month: string,
  faultCounts: { username: string; branch: string; months: Record<string, number> }[],
  previousMonths: [string, string],
  threshold: number,
): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const person of faultCounts) {
    const now = person.months[month] ?? 0;
    if (now === 0) continue;
    if (previousMonths.every((m) => (person.months[m] ?? 0) > 0))
      flags.push({
        username: person.username,
        branch: person.branch,
        reason: 'three-months-running',
        explanation: `at fault in complaints of ${previousMonths.join(', ')} and ${month}`,
      });
    else if (now >= threshold)
      flags.push({
        username: person.username,
        branch: person.branch,
        reason: 'over-monthly-threshold',
        explanation: `at fault in ${now} complaints of ${month} (threshold ${threshold})`,
      });
  }
  return flags;
}
