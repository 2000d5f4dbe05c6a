import type { z } from 'zod';
import type { ComplaintHttp } from '@freight/contracts';
import type { ComplaintEscalation } from './complaint-escalation.entity';
import type { ComplaintStep } from './complaint-step.entity';
import type { Complaint } from './complaint.entity';

type Summary = z.input<typeof ComplaintHttp.complaintSummaryView>;
type Full = z.input<typeof ComplaintHttp.complaintView>;
type Role = Summary['assignee']['role'];

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function complaintSummary(c: Complaint): Summary {
  return {
    id: c.id,
    branch: c.branch,
    state: c.state,
    round: c.round,
    caller: { name: c.callerName, phone: c.callerPhone },
    customerId: c.customerId,
    waybillNo: c.waybillNo,
    cause: c.cause,
    important: c.important,
    solvedOnCall: c.solvedOnCall,
    registeredAt: c.registeredAt.toISOString(),
    replyDueAt: iso(c.replyDueAt),
    firstRepliedAt: iso(c.firstRepliedAt),
    closedAt: iso(c.closedAt),
    assignee: { role: c.assigneeRole as Role, username: c.assignee, level: c.level },
  };
}

type Step = Pick<ComplaintStep, 'at' | 'kind' | 'by' | 'text' | 'hqOnly'>;

const stepView = (s: Step) => ({
  at: s.at.toISOString(),
  kind: s.kind,
  by: s.by,
  text: s.text,
});

/**
 * R18: the register. The branch's copy and HQ's copy are one record; HQ's copy also shows the
 * HQ customer-service centre's annotations (`hqCopy`: HQ roles only).
 */
export function complaintView(
  c: Complaint,
  parts: {
    steps: Step[];
    escalations: ComplaintEscalation[];
    company: string | null;
    orderId: string | null;
    hqCopy: boolean;
  },
): Full {
  return {
    ...complaintSummary(c),
    callId: c.callId,
    customer: c.customerId ? { customerId: c.customerId, company: parts.company } : null,
    orderId: parts.orderId,
    description: c.description,
    customerRequest: c.customerRequest,
    registeredBy: c.registeredBy,
    repliedWithinDeadline: c.repliedWithin,
    result: c.result,
    customerOpinion: c.customerOpinion,
    ladder: c.ladder,
    escalations: parts.escalations.map((e) => ({
      round: e.round,
      level: e.level,
      role: e.role as Role,
      assignee: e.assignee,
      raisedAt: e.raisedAt.toISOString(),
    })),
    steps: parts.steps.filter((s) => !s.hqOnly).map(stepView),
    staffAtFault: c.staffAtFault.map((s) => ({ username: s.username, name: s.name ?? null })),
    managerNeglect: c.managerNeglect,
    ...(parts.hqCopy ? { hqAnnotations: parts.steps.filter((s) => s.hqOnly).map(stepView) } : {}),
  };
}
