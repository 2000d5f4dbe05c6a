import { staffAlert, type ComplaintHttp } from '@freight/contracts';
import type { KnownOutgoingEvent } from '@freight/messaging';
import type { z } from 'zod';
import type { DeskSettings } from '../desk/desk.rules';
import { staffRefOf, type ActorRef } from '../shared/actor';
import { phoneDigits } from '../shared/phone.rules';
import { armReply, cancelReply, REPLY_WITHIN_MS } from './complaint.deadlines';
import { Complaint, CustomerOpinion } from './complaint.entity';
import { ComplaintClosed, ComplaintNotClosed } from './complaint.errors';

export type NewComplaint = z.output<typeof ComplaintHttp.newComplaintBody>;
export interface NewStep {
  kind: string;
  text: string;
  by: ActorRef | null;
  at: Date;
  hqOnly?: boolean;
}
/** An event for the outbox, its data checked against its contract (compile time and run time). */
export type Outgoing = KnownOutgoingEvent;
export interface ComplaintChange {
  complaint: Complaint;
  steps: NewStep[];
  events: Outgoing[];
}

const dueAfter = (start: Date) => new Date(start.getTime() + REPLY_WITHIN_MS);

/**
 * R17/R18: a complaint as registered. Solved on the call: closed at once with its result.
 * Otherwise the caller's name and phone are on it and a reply is due within 1 hour, climbing
 * the branch's ladder while none comes. Important ones reach the branch manager at once (R19).
 */
export function registerComplaint(
  input: NewComplaint,
  context: {
    id: string;
    actor: ActorRef;
    desk: DeskSettings;
    customerId: string | null;
    now: Date;
  },
): ComplaintChange {
  const { id, actor, desk, customerId, now } = context;
  const solved = input.solvedOnCall;
  const complaint = Object.assign(new Complaint(), {
    id,
    branch: input.branch,
    callId: input.callId ?? null,
    callerName: input.caller.name ?? null,
    callerPhone: input.caller.phone ?? null,
    phoneDigits: phoneDigits(input.caller.phone),
    customerId,
    waybillNo: input.waybillNo ?? null,
    cause: input.cause,
    description: input.description,
    customerRequest: input.customerRequest,
    important: input.important,
    solvedOnCall: solved,
    state: solved ? 'closed' : 'open',
    round: 1,
    registeredAt: now,
    registeredBy: actor,
    replyDueAt: solved ? null : dueAfter(now),
    roundStartedAt: now,
    firstRepliedAt: solved ? now : null,
    repliedWithin: solved ? true : null,
    closedAt: solved ? now : null,
    result: solved ? (input.result ?? null) : null,
    customerOpinion: (input.customerOpinion as CustomerOpinion | undefined) ?? null,
    assigneeRole: actor.role,
    assignee: actor.username,
    level: 0,
    ladder: desk.ladders.complaintReply,
    staffAtFault: [],
    accountableManager: null,
    managerNeglect: null,
  } satisfies Complaint);
  const registered = {
    type: 'complaint.complaint.registered' as const,
    data: {
      complaintId: id,
      branch: complaint.branch,
      ...(customerId ? { customerId } : {}),
      ...(complaint.waybillNo ? { waybillNo: complaint.waybillNo } : {}),
      cause: complaint.cause,
      agent: staffRefOf(actor),
      important: complaint.important,
      solvedOnCall: solved,
      registeredAt: now.toISOString(),
    },
  };
  return {
    complaint,
    steps: [
      { kind: 'registered', text: input.description, by: actor, at: now },
      ...(solved ? [{ kind: 'resolved', text: complaint.result ?? '', by: actor, at: now }] : []),
    ],
    events: [
      registered,
      ...(solved ? [closedEvent(complaint)] : [armReply(complaint)]),
      ...(complaint.important ? [importantComplaintAlert(complaint, now)] : []),
    ],
  };
}

function importantComplaintAlert(c: Complaint, now: Date): Outgoing {
  return staffAlert('complaint', {
    alertId: `complaint:${c.id}:important`,
    rule: 'R19',
    kind: 'important-complaint',
    subject: { type: 'complaint', id: c.id, branch: c.branch },
    roles: ['branch-manager'],
    title:
      `Important complaint ${c.id}: ${c.callerName ?? c.customerId ?? 'caller'} — ${c.cause}`.slice(
        0,
        200,
      ),
    detail: c.description,
    raisedAt: now.toISOString(),
    data: {
      complaintId: c.id,
      callerPhone: c.callerPhone,
      replyDueAt: c.replyDueAt?.toISOString(),
    },
  });
}

function closedEvent(c: Complaint): Outgoing {
  return {
    type: 'complaint.complaint.closed',
    data: {
      complaintId: c.id,
      branch: c.branch,
      ...(c.customerId ? { customerId: c.customerId } : {}),
      ...(c.waybillNo ? { waybillNo: c.waybillNo } : {}),
      result: c.result ?? '',
      repliedWithinDeadline: c.repliedWithin === true,
      closedAt: (c.closedAt ?? new Date()).toISOString(),
    },
  };
}

/** Marks the round's first answer to the customer: the clock stops (R17). */
function firstAnswer(c: Complaint, now: Date): Outgoing[] {
  const within = c.replyDueAt !== null && now <= c.replyDueAt;
  if (c.round === 1) Object.assign(c, { firstRepliedAt: now, repliedWithin: within });
  return [cancelReply(c)];
}

/** R17: the customer got a reply. The first of a round stops the climb at once. */
export function replyToComplaint(
  c: Complaint,
  reply: { text: string; channel: string },
  actor: ActorRef,
  now: Date,
): ComplaintChange {
  if (c.state === 'closed') throw new ComplaintClosed(c.id, 'a reply');
  const first = c.state === 'open';
  const events = first ? firstAnswer(c, now) : [];
  c.state = 'replied';
  const replied = {
    type: 'complaint.complaint.replied' as const,
    data: {
      complaintId: c.id,
      branch: c.branch,
      round: c.round,
      first,
      repliedAt: now.toISOString(),
      repliedBy: staffRefOf(actor),
      withinDeadline: c.replyDueAt !== null && now <= c.replyDueAt,
    },
  };
  return {
    complaint: c,
    steps: [{ kind: 'reply', text: `(${reply.channel}) ${reply.text}`, by: actor, at: now }],
    events: [replied, ...events],
  };
}

/** R18: a handling step — who, when, what. */
export function recordStep(
  c: Complaint,
  text: string,
  actor: ActorRef,
  now: Date,
): ComplaintChange {
  if (c.state === 'closed') throw new ComplaintClosed(c.id, 'a handling step');
  return { complaint: c, steps: [{ kind: 'note', text, by: actor, at: now }], events: [] };
}

/** R18: the result and the customer's opinion of it; a survey follows (R23, in the handler). */
export function resolveComplaint(
  c: Complaint,
  resolution: { result: string; customerOpinion?: CustomerOpinion },
  actor: ActorRef,
  now: Date,
): ComplaintChange {
  if (c.state === 'closed') throw new ComplaintClosed(c.id, 'resolving it again');
  // resolved before any reply: the resolution is the reply (the clock stops)
  const events = c.state === 'open' ? firstAnswer(c, now) : [];
  Object.assign(c, {
    state: 'closed',
    closedAt: now,
    result: resolution.result,
    customerOpinion: resolution.customerOpinion ?? null,
  });
  const opinion = c.customerOpinion ? ` — customer: ${c.customerOpinion.verdict}` : '';
  return {
    complaint: c,
    steps: [{ kind: 'resolved', text: `${resolution.result}${opinion}`, by: actor, at: now }],
    events: [...events, closedEvent(c)],
  };
}

/** The customer is not satisfied: a new round, with a new hour and the branch's current ladder. */
export function reopenComplaint(
  c: Complaint,
  reason: string,
  actor: ActorRef,
  desk: DeskSettings,
  now: Date,
): ComplaintChange {
  if (c.state !== 'closed') throw new ComplaintNotClosed(c.id);
  Object.assign(c, {
    state: 'open',
    round: c.round + 1,
    roundStartedAt: now,
    replyDueAt: dueAfter(now),
    closedAt: null,
    result: null,
    customerOpinion: null,
    level: 0,
    assigneeRole: actor.role,
    assignee: actor.username,
    ladder: desk.ladders.complaintReply,
  });
  const reopened = {
    type: 'complaint.complaint.reopened' as const,
    data: {
      complaintId: c.id,
      branch: c.branch,
      round: c.round,
      reopenedAt: now.toISOString(),
      reopenedBy: staffRefOf(actor),
      replyDueAt: c.replyDueAt!.toISOString(),
    },
  };
  return {
    complaint: c,
    steps: [{ kind: 'reopened', text: reason, by: actor, at: now }],
    events: [reopened, armReply(c)],
  };
}
