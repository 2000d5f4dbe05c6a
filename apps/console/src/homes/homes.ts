import type { Phase2Id } from '../desks/phase2';

/** What a home shows, panel by panel, in reading order. */
export type PanelSpec =
  /** GET /api/v1/queues/{branch}/{role}: the role's own queue unless `role` names another */
  | { kind: 'queue'; role?: string; title: 'queue.mine' | 'queue.escalatedToMe' | 'queue.agents' }
  /** escalations and alerts that reached this user live (GET /api/v1/live) */
  | { kind: 'live' }
  /** pages of the gateway's own API that exist today */
  | { kind: 'admin' }
  /** a desk's panel that phase 2 builds (src/desks/phase2.ts) */
  | { kind: 'phase2'; id: Phase2Id };

const queue = { kind: 'queue', title: 'queue.mine' } as const;
const live = { kind: 'live' } as const;
const admin = { kind: 'admin' } as const;
const p = (...ids: Phase2Id[]): PanelSpec[] => ids.map((id) => ({ kind: 'phase2', id }));

/**
 * Each role's home (issue 26 item 2), one line per role: a new role is one more line. A role without a line gets
 * FALLBACK_HOME: its queue and its live notifications.
 */
export const HOMES: Record<string, PanelSpec[]> = {
  agent: [queue, live, ...p('new-call', 'caller-story', 'new-inquiry', 'my-day')],
  'branch-manager': [
    { kind: 'queue', title: 'queue.escalatedToMe' },
    { kind: 'queue', role: 'agent', title: 'queue.agents' },
    live,
    ...p('reassign', 'monthly-reports', 'complaint-register', 'exceptions'),
    admin,
  ],
  'hq-service': [queue, live, ...p('complaint-register', 'all-branches', 'exceptions'), admin],
  'documents-clerk': [
    queue,
    live,
    ...p('orders-to-acknowledge', 'statements-to-check', 'pod-custody'),
  ],
  dispatcher: [queue, live, ...p('exceptions', 'pickup-planning', 'shipment-tracking')],
  'warehouse-keeper': [queue, live, ...p('inbound-slips', 'outbound-slips', 'returns', 'stock')],
  'qc-inspector': [queue, live, ...p('inspections', 'returns')],
  finance: [queue, live, ...p('statements-to-check', 'receivables', 'fines', 'gate-passes')],
  'general-manager': [
    queue,
    live,
    ...p('approvals', 'monthly-statistics', 'fines', 'service-star'),
    admin,
  ],
  admin: [admin, queue, live],
  'workshop-director': [queue, live, ...p('requisitions', 'approvals')],
  sales: [queue, live, ...p('outbound-slips', 'receivables')],
  'gate-guard': [queue, live, ...p('gate-passes')],
};

export const FALLBACK_HOME: PanelSpec[] = [queue, live];

export const homeOf = (role: string): PanelSpec[] => HOMES[role] ?? FALLBACK_HOME;
