import { formatWaybillNo } from '@freight/contracts';
import { DateTime } from 'luxon';
import { DESK_ZONE } from '../shared/calendar';
import type { DemoDesk } from './demo-cast';

// A month of one branch's desk, as a plan: its calls and complaints over the last 30 days, with
// fixed ids (reruns add nothing) and times counted back from today in Shanghai. Most are handled
// in time; some late, some left to climb — so the fines and reports show something real.

export interface PlannedCall {
  id: string;
  at: Date;
  kind: 'inquiry' | 'cargo-lookup' | 'complaint' | 'internal' | 'other';
  agentIndex: number;
  customerIndex: number;
  /** minutes until the answer; 0: on the line; null: still waiting */
  answerAfter: number | null;
  waybillNo?: string;
}

export type ComplaintStory =
  'replied-in-time' | 'solved-on-call' | 'replied-late' | 'climbed-to-hq' | 'open-climbing';

export interface PlannedComplaint {
  id: string;
  at: Date;
  story: ComplaintStory;
  cause: string;
  customerIndex: number;
  /** whom the manager finds at fault (an index into the desk's atFault) */
  atFault: number[];
  important: boolean;
  surveyScore: number | null;
}

const KINDS: PlannedCall['kind'][] = [
  'inquiry',
  'cargo-lookup',
  'inquiry',
  'internal',
  'other',
  'complaint',
];
const hex = (n: number) => n.toString(16).padStart(4, '0');
const branchHex: Record<string, string> = { SH01: '0001', GZ01: '0002', WH01: '0003' };

/** Day `daysBack` at `hour`:`minute` in Shanghai. */
function local(now: Date, daysBack: number, hour: number, minute = 0): Date {
  return DateTime.fromJSDate(now, { zone: DESK_ZONE })
    .startOf('day')
    .minus({ days: daysBack })
    .set({ hour, minute })
    .toJSDate();
}

export function plannedCalls(desk: DemoDesk, now: Date): PlannedCall[] {
  return Array.from({ length: 24 }, (_, i) => {
    const kind = KINDS[i % KINDS.length];
    return {
      id: `6f1c2a10-${branchHex[desk.branch]}-4000-8000-00000000${hex(i)}`,
      at: local(now, 29 - Math.floor((i * 29) / 23), 9 + (i % 8), (i * 7) % 60),
      kind,
      agentIndex: i % 2,
      customerIndex: i % desk.customers.length,
      // one in five waits for an answer (3 or 12 minutes); the last of the month still waits
      answerAfter: i === 23 ? null : i % 5 === 2 ? (i % 3 === 0 ? 3 : 12) : 0,
      ...(kind === 'cargo-lookup'
        ? { waybillNo: formatWaybillNo(desk.branch.slice(0, 2), 100 + i) }
        : {}),
    };
  }).filter((c) => c.at <= now);
}

const STORIES: [ComplaintStory, string, number[], number | null][] = [
  ['replied-in-time', 'late-delivery', [0], 4],
  ['solved-on-call', 'damage', [0], 5],
  ['replied-late', 'shortage', [0], 2],
  ['solved-on-call', 'staff-attitude', [], 3],
  ['replied-in-time', 'wrong-delivery', [1], null],
  ['climbed-to-hq', 'billing-error', [], null],
  ['replied-in-time', 'late-delivery', [], 5],
];

export function plannedComplaints(desk: DemoDesk, now: Date): PlannedComplaint[] {
  const past = STORIES.map(([story, cause, atFault, surveyScore], k) => ({
    id: `CMP-${desk.branch}-D${String(k + 1).padStart(5, '0')}`,
    at: local(now, 27 - k * 4, 10 + k),
    story,
    cause,
    // the last one comes from the first one's customer: a repeat complainant (R20)
    customerIndex: k === 6 ? 0 : k % desk.customers.length,
    atFault,
    important: k === 4,
    surveyScore,
  }));
  // and one nobody has answered yet: it climbs the ladder as the desk starts
  const hoursAgo = desk.branch === 'WH01' ? 6 : 3;
  const open: PlannedComplaint = {
    id: `CMP-${desk.branch}-D00008`,
    at: new Date(now.getTime() - hoursAgo * 3_600_000),
    story: 'open-climbing',
    cause: 'late-delivery',
    customerIndex: 1,
    atFault: [],
    important: true,
    surveyScore: null,
  };
  return [...past, open];
}
