import { z } from 'zod';
import { staffRole } from '../../events/shared.schemas';
import { waybillNo } from '../../waybill';
import { branchQuery, listOf, pageOf, pageQuery } from '../common';
import {
  actorView,
  assigneeView,
  branchCode,
  instant,
  ladderView,
  personName,
  phone,
  staffMember,
  text,
} from './shared';

// R17 complaints within 1 hour, R18 the register, R19 important complaints.

export const COMPLAINT_STATES = ['open', 'replied', 'closed'] as const;
export const OPINION_VERDICTS = ['satisfied', 'accepted', 'dissatisfied'] as const;

/** A cause code of the managed list (R18), e.g. `late-delivery`. */
export const causeCode = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a cause code such as late-delivery')
  .max(50);

/** R18: the customer's opinion of the result, as the agent recorded it (客户意见). */
export const customerOpinion = z.strictObject({
  verdict: z.enum(OPINION_VERDICTS),
  comment: text(1000).optional(),
});

/** POST /complaints (R17, R18). */
export const newComplaintBody = z
  .strictObject({
    branch: branchCode.describe('yours when left out (branch users)'),
    callId: z.uuid().optional().describe('the call it came in on: registering it answers the call'),
    caller: z.strictObject({ name: personName.optional(), phone: phone.optional() }),
    customerId: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .optional()
      .describe('matched by phone if left out'),
    waybillNo: waybillNo.optional(),
    cause: causeCode.describe('from the managed list: GET /complaint-causes'),
    description: text(2000).describe('what the customer complains about'),
    customerRequest: text(1000).describe('what the customer asks for (R18)'),
    important: z.boolean().default(false).describe('R19: the branch manager is told at once'),
    solvedOnCall: z.boolean().describe('R17: handled at once on the call'),
    result: text(2000).optional().describe('required when solved on the call'),
    customerOpinion: customerOpinion.optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (c.solvedOnCall && !c.result) issue(['result'], 'what solved it on the call (R18)');
    if (!c.solvedOnCall) {
      // R17: "留下客户电话及姓名，1小时内给客户一个答复"
      if (!c.caller.name) issue(['caller', 'name'], 'R17: recorded to reply within the hour');
      if (!c.caller.phone) issue(['caller', 'phone'], 'R17: recorded to reply within the hour');
      if (c.result) issue(['result'], 'recorded when the complaint is resolved');
    }
  });

export const complaintStepBody = z.strictObject({
  text: text(2000).describe('what was done (R18 handling step: who and when are recorded)'),
});
export const complaintReplyBody = z.strictObject({
  text: text(2000).describe('what the customer was told'),
  channel: z.enum(['phone', 'sms', 'email', 'visit']).default('phone'),
});
export const complaintResolveBody = z.strictObject({
  result: text(2000),
  customerOpinion: customerOpinion.optional(),
});
export const complaintReopenBody = z.strictObject({ reason: text(1000) });
export const complaintAnnotationBody = z.strictObject({ text: text(2000) });
/** R21: the staff the branch manager found at fault (empty: nobody, withdraws the fines). */
export const complaintFaultBody = z.strictObject({
  staff: z.array(staffMember).max(10),
  note: text(1000).describe('what the investigation found (查明事情原委)'),
});

const stepView = z.object({
  at: instant,
  kind: z.string().describe('registered, note, reply, escalated, resolved, reopened, fault …'),
  by: actorView.nullable().describe('null for the system (an escalation)'),
  text: z.string(),
});

export const complaintSummaryView = z.object({
  id: z.string(),
  branch: z.string(),
  state: z.enum(COMPLAINT_STATES),
  round: z.number().int().describe('1, then +1 per reopening'),
  caller: z.object({ name: z.string().nullable(), phone: z.string().nullable() }),
  customerId: z.string().nullable(),
  waybillNo: z.string().nullable(),
  cause: z.string(),
  important: z.boolean(),
  solvedOnCall: z.boolean(),
  registeredAt: instant,
  replyDueAt: instant.nullable().describe('R17: 1 hour after registering (or reopening)'),
  firstRepliedAt: instant.nullable(),
  closedAt: instant.nullable(),
  assignee: assigneeView,
});

export const complaintView = complaintSummaryView.extend({
  callId: z.string().nullable(),
  customer: z.object({ customerId: z.string(), company: z.string().nullable() }).nullable(),
  orderId: z.string().nullable(),
  description: z.string(),
  customerRequest: z.string(),
  registeredBy: actorView,
  repliedWithinDeadline: z.boolean().nullable(),
  result: z.string().nullable(),
  customerOpinion: customerOpinion.nullable(),
  ladder: ladderView.describe('the ladder armed for the current round'),
  escalations: z.array(
    z.object({
      round: z.number().int(),
      level: z.number().int(),
      role: staffRole,
      assignee: z.string().nullable(),
      raisedAt: instant,
    }),
  ),
  steps: z.array(stepView).describe('R18 handling steps: who, when, what'),
  staffAtFault: z.array(z.object({ username: z.string(), name: z.string().nullable() })),
  managerNeglect: z
    .object({ manager: z.string().nullable(), coordinator: z.string().nullable(), at: instant })
    .nullable()
    .describe('R21: climbed past the branch manager, who did nothing at their level'),
  hqAnnotations: z
    .array(stepView)
    .optional()
    .describe("R18 HQ's copy: annotations of the HQ customer-service centre (HQ roles only)"),
});

/**
 * The answer to registering (solved on the call) or resolving a complaint: the register, and the
 * satisfaction survey's link to give the customer — shown only here (tokens are stored hashed).
 */
export const closingComplaintView = complaintView.extend({
  survey: z
    .object({ surveyId: z.string(), link: z.string(), expiresAt: instant })
    .optional()
    .describe('R23: present when this closed the complaint'),
});

export const complaintsQuery = z.strictObject({
  ...pageQuery,
  sort: z.enum(['registeredAt', '-registeredAt']).default('-registeredAt'),
  ...branchQuery,
  state: z.enum(COMPLAINT_STATES).optional(),
  cause: causeCode.optional(),
  customerId: z.string().max(50).optional(),
  waybillNo: waybillNo.optional().describe("a shipment's complaints (the composed waybill view)"),
  important: z.enum(['true', 'false']).optional(),
  assigneeRole: staffRole.optional(),
  from: instant.optional().describe('registered at or after'),
  to: instant.optional().describe('registered before'),
});

export const complaintsPage = pageOf(complaintSummaryView);

/** R18: the managed list of causes. */
export const causeView = z.object({ code: causeCode, label: z.string(), active: z.boolean() });
export const causeBody = z.strictObject({
  code: causeCode,
  label: text(100),
  active: z.boolean().default(true),
});
export const causesList = listOf(causeView);
