import type { EscalationLevel } from '@freight/contracts';
import { personFor, type DeskSettings } from '../desk/desk.rules';
import type { ActorRef } from '../shared/actor';
import type { Complaint, StaffAtFault } from './complaint.entity';
import type { ComplaintChange } from './complaint.rules';

// What happens to a complaint from above: its ladder climbing (R17), the branch manager's
// finding of fault (R21) and HQ's annotations (R18 HQ's copy).

export interface LapsedLevel {
  round: number;
  level: number;
  role: EscalationLevel['role'];
  raisedAt: Date;
}

/** Roles at or below the branch: a climb past them reaches HQ (R17 "上报总部"). */
const BRANCH_ROLES = new Set(['agent', 'branch-manager']);

/**
 * R17: a level of the round's ladder lapsed without a reply; the complaint goes to that level's
 * person (the roster's, else the role). An escalation of an earlier round, of a level already
 * reached, or arriving after the reply, changes nothing (null).
 *
 * R21 5.3: when it climbs from the branch manager to HQ and the manager recorded nothing at
 * their level (`managerActed`), the manager neglected it: the manager is fined (10–50, HQ sets,
 * default 10) and the HQ coordinator jointly (5).
 */
export function escalateComplaint(
  c: Complaint,
  lapsed: LapsedLevel,
  desk: DeskSettings,
  managerActed: boolean,
): ComplaintChange | null {
  if (c.state !== 'open' || lapsed.round !== c.round || lapsed.level <= c.level) return null;
  const from = { role: c.assigneeRole, username: c.assignee };
  const assignee = personFor(desk, lapsed.role);
  Object.assign(c, { level: lapsed.level, assigneeRole: lapsed.role, assignee });
  const climbedPastManager = from.role === 'branch-manager' && !BRANCH_ROLES.has(lapsed.role);
  if (climbedPastManager && !managerActed && !c.managerNeglect)
    c.managerNeglect = {
      manager: from.username,
      coordinator: personFor(desk, 'hq-service'),
      at: lapsed.raisedAt.toISOString(),
    };
  const who = assignee ? `${lapsed.role} ${assignee}` : lapsed.role;
  return {
    complaint: c,
    steps: [
      {
        kind: 'escalated',
        text: `Level ${lapsed.level}: no reply within the hour; reassigned to ${who}`,
        by: null,
        at: lapsed.raisedAt,
      },
    ],
    events: [
      {
        type: 'complaint.complaint.escalated',
        data: {
          complaintId: c.id,
          branch: c.branch,
          round: c.round,
          level: lapsed.level,
          role: lapsed.role,
          assignee,
          raisedAt: lapsed.raisedAt.toISOString(),
        },
      },
    ],
  };
}

/**
 * R21 5.2: the branch manager (or HQ) found who was at fault; an empty list clears it. The
 * branch manager jointly fined is the roster's at the time of the finding.
 */
export function recordFault(
  c: Complaint,
  finding: { staff: StaffAtFault[]; note: string },
  actor: ActorRef,
  desk: DeskSettings,
  now: Date,
): ComplaintChange {
  const names = finding.staff.map((s) => s.username).join(', ') || 'nobody';
  Object.assign(c, {
    staffAtFault: finding.staff,
    accountableManager: finding.staff.length > 0 ? personFor(desk, 'branch-manager') : null,
  });
  return {
    complaint: c,
    steps: [{ kind: 'fault', text: `At fault: ${names}. ${finding.note}`, by: actor, at: now }],
    events: [],
  };
}

/** R18: HQ's customer-service centre annotates its copy of the register. */
export function annotate(c: Complaint, text: string, actor: ActorRef, now: Date): ComplaintChange {
  return {
    complaint: c,
    steps: [{ kind: 'hq-annotation', text, by: actor, at: now, hqOnly: true }],
    events: [],
  };
}
