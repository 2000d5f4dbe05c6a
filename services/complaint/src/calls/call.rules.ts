import { staffAlert, type ComplaintHttp } from '@freight/contracts';
import type { z } from 'zod';
import { personFor, withoutAgentLevels, type DeskSettings } from '../desk/desk.rules';
import { staffRefOf, type ActorRef } from '../shared/actor';
import { phoneDigits } from '../shared/phone.rules';
import { answerDueAt, armAnswer, cancelAnswer } from './call.deadlines';
import { Call } from './call.entity';
import { CallHasComplaint, CallInTheFuture, CallNotAwaitingAnswer } from './call.errors';

export type NewCall = z.output<typeof ComplaintHttp.newCallBody>;

/** a call's start may be a little ahead of our clock (the agent's phone) */
const CLOCK_SKEW_MS = 60_000;

/**
 * R15/R16 (R12, R19): a call as recorded. Answered on the line: done. Otherwise its answer is
 * due 5 minutes after it started (30 for an internal call) and the branch's ladder is armed; an
 * internal call the agent cannot do goes to the branch manager (R16). An important inquiry or
 * complaint is reported to the branch manager at once (R19).
 */
export function logCall(
  input: NewCall,
  context: {
    id: string;
    actor: ActorRef;
    desk: DeskSettings;
    customerId: string | null;
    now: Date;
  },
) {
  const { id, actor, desk, customerId, now } = context;
  const startedAt = new Date(input.startedAt);
  if (startedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new CallInTheFuture();
  const internal = input.kind === 'internal';
  const passed = internal && input.passedToManager === true;
  const ladder = internal
    ? passed
      ? withoutAgentLevels(desk.ladders.internalCall)
      : desk.ladders.internalCall
    : desk.ladders.callAnswer;
  const call = Object.assign(new Call(), {
    id,
    branch: input.branch,
    kind: input.kind,
    agentId: actor.userId,
    agent: actor.username,
    agentRole: actor.role,
    callerName: input.caller.name ?? null,
    callerPhone: input.caller.phone ?? null,
    phoneDigits: phoneDigits(input.caller.phone),
    customerId,
    summary: input.summary,
    outcome: input.outcome ?? null,
    important: input.important,
    passedToManager: passed,
    startedAt,
    endedAt: input.endedAt ? new Date(input.endedAt) : null,
    answerState: input.answeredOnCall ? 'answered-on-call' : 'awaiting',
    answerDueAt: input.answeredOnCall ? null : answerDueAt(input.kind, startedAt),
    answeredAt: null,
    answeredBy: null,
    answer: null,
    assigneeRole: passed ? 'branch-manager' : actor.role,
    assignee: passed ? personFor(desk, 'branch-manager') : actor.username,
    level: 0,
    ladder: input.answeredOnCall ? null : ladder,
    cargo: input.cargo ?? null,
    waybillNo: input.cargo?.waybillNo ?? null,
    complaintId: null,
  } satisfies Call);
  const logged = {
    type: 'complaint.call.logged' as const,
    data: {
      callId: id,
      branch: call.branch,
      kind: call.kind,
      agent: staffRefOf(actor),
      ...(customerId ? { customerId } : {}),
      ...(call.waybillNo ? { waybillNo: call.waybillNo } : {}),
      important: call.important,
      answeredOnCall: input.answeredOnCall,
      startedAt: startedAt.toISOString(),
      ...(call.answerDueAt ? { answerDueAt: call.answerDueAt.toISOString() } : {}),
    },
  };
  return {
    call,
    events: [
      logged,
      ...(call.answerDueAt ? [armAnswer({ ...call, answerDueAt: call.answerDueAt }, ladder)] : []),
      ...(call.important ? [importantCallAlert(call, now)] : []),
    ],
  };
}

/** R19: "有重要生意的要马上报告经理" — to the branch manager, at once. */
function importantCallAlert(call: Call, now: Date) {
  return staffAlert('complaint', {
    alertId: `call:${call.id}:important`,
    rule: 'R19',
    kind: call.kind === 'complaint' ? 'important-complaint' : 'important-inquiry',
    subject: { type: 'call', id: call.id, branch: call.branch },
    roles: ['branch-manager'],
    title:
      `Important ${call.kind}: ${call.callerName ?? call.callerPhone ?? 'caller'} — ${call.summary}`.slice(
        0,
        200,
      ),
    detail: call.outcome ?? undefined,
    raisedAt: now.toISOString(),
    data: { callId: call.id, agent: call.agent, callerPhone: call.callerPhone },
  });
}

/** R15/R16: the caller got the answer; the clock stops. Only an awaiting call can be answered. */
export function answerCall(call: Call, answer: string, actor: ActorRef, now: Date) {
  if (call.answerState !== 'awaiting') throw new CallNotAwaitingAnswer(call.id, call.answerState);
  const withinDeadline = call.answerDueAt !== null && now <= call.answerDueAt;
  Object.assign(call, { answerState: 'answered', answeredAt: now, answeredBy: actor, answer });
  return {
    call,
    events: [
      {
        type: 'complaint.call.answered' as const,
        data: {
          callId: call.id,
          branch: call.branch,
          answeredAt: now.toISOString(),
          answeredBy: staffRefOf(actor),
          withinDeadline,
        },
      },
      cancelAnswer(call),
    ],
  };
}

/**
 * R17 from a call: registering the complaint is the caller's answer within the 5 minutes
 * ("recorded, we reply within the hour"); the complaint's own 1-hour clock takes over.
 */
export function complaintFromCall(call: Call, complaintId: string, actor: ActorRef, now: Date) {
  if (call.complaintId) throw new CallHasComplaint(call.id, call.complaintId);
  call.complaintId = complaintId;
  if (call.answerState !== 'awaiting') return { call, events: [] };
  return answerCall(call, `complaint ${complaintId} registered`, actor, now);
}

/** R39 on a call: a level lapsed; it goes to that level's person (or role). Late ones change nothing. */
export function escalateCall(call: Call, level: number, role: string, desk: DeskSettings) {
  if (call.answerState !== 'awaiting' || level <= call.level) return false;
  Object.assign(call, { level, assigneeRole: role, assignee: personFor(desk, role) });
  return true;
}
