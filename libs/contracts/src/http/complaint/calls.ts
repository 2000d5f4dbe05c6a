import { z } from 'zod';
import { calendarDate, staffRole } from '../../events/shared.schemas';
import { waybillNo } from '../../waybill';
import { branchQuery, pageOf, pageQuery } from '../common';
import { actorView, assigneeView, branchCode, instant, personName, phone, text } from './shared';

// R15 call log, R16 internal calls, R12 cargo-lookup calls.

export const CALL_KINDS = ['inquiry', 'complaint', 'cargo-lookup', 'internal', 'other'] as const;
export type CallKind = (typeof CALL_KINDS)[number];

/** R12: what a caller asking for goods must be asked (发货日期、货号、起止点、包装、货物特征、少缺情况). */
export const cargoLookup = z.strictObject({
  shipDate: calendarDate.describe('when the goods were shipped'),
  waybillNo: waybillNo.optional().describe('links the call to the order when known'),
  origin: text(100),
  destination: text(100),
  packaging: text(100).optional(),
  cargoFeatures: text(500).optional().describe('what the goods look like: marks, colour, size'),
  shortage: text(500).optional().describe('what is missing or short, if anything'),
});

/** POST /calls: every call, whoever calls (R15). */
export const newCallBody = z
  .strictObject({
    branch: branchCode.describe('yours when left out (branch users)'),
    kind: z.enum(CALL_KINDS),
    caller: z.strictObject({
      name: personName.optional(),
      phone: phone.optional(),
    }),
    customerId: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .optional()
      .describe('matched by phone if left out'),
    summary: text(1000).describe('what the caller wanted'),
    outcome: text(2000).optional().describe('what was said or done on the line'),
    startedAt: instant,
    endedAt: instant.optional(),
    answeredOnCall: z
      .boolean()
      .describe('the caller got the answer on the line; otherwise the 5-minute clock runs (R15)'),
    passedToManager: z
      .boolean()
      .optional()
      .describe('R16: an internal call the agent cannot do, passed to the branch manager'),
    important: z
      .boolean()
      .default(false)
      .describe('R19: important business, reported to the branch manager at once'),
    cargo: cargoLookup.optional().describe('R12: required for a cargo-lookup call'),
  })
  .superRefine((call, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (call.kind === 'cargo-lookup' && !call.cargo)
      issue(['cargo'], 'a cargo-lookup call records the shipment asked for (R12)');
    if (call.kind !== 'cargo-lookup' && call.cargo) issue(['cargo'], 'only for cargo-lookup calls');
    if (call.passedToManager !== undefined && call.kind !== 'internal')
      issue(['passedToManager'], 'only internal calls are passed to the manager (R16)');
    if (call.passedToManager && call.answeredOnCall)
      issue(['passedToManager'], 'a call answered on the line is not passed on');
    if (call.important && call.kind !== 'inquiry' && call.kind !== 'complaint')
      issue(['important'], 'R19 marks inquiries and complaints');
    if (call.endedAt && call.endedAt < call.startedAt)
      issue(['endedAt'], 'a call ends after it starts');
    if (!call.answeredOnCall && call.kind !== 'internal') {
      // R15/4.5: a caller who is called back leaves a name and a number
      if (!call.caller.phone) issue(['caller', 'phone'], 'needed to call the caller back');
      if (!call.caller.name) issue(['caller', 'name'], 'needed to call the caller back');
    }
  });

/** POST /calls/{id}/answer: the caller got the answer (stops the R15/R16 clock). */
export const callAnswerBody = z.strictObject({
  answer: text(2000).describe('what the caller was told'),
});

export const callView = z.object({
  id: z.string(),
  branch: z.string(),
  kind: z.enum(CALL_KINDS),
  caller: z.object({ name: z.string().nullable(), phone: z.string().nullable() }),
  customer: z
    .object({ customerId: z.string(), company: z.string().nullable() })
    .nullable()
    .describe('known customer, matched by phone from the order service’s customers (R15)'),
  agent: actorView.describe('who took the call'),
  summary: z.string(),
  outcome: z.string().nullable(),
  startedAt: instant,
  endedAt: instant.nullable(),
  important: z.boolean(),
  passedToManager: z.boolean(),
  answer: z.object({
    state: z.enum(['answered-on-call', 'awaiting', 'answered']),
    dueAt: instant.nullable().describe('5 minutes (R15), 30 for internal calls (R16)'),
    answeredAt: instant.nullable(),
    answeredBy: actorView.nullable(),
    text: z.string().nullable(),
    withinDeadline: z.boolean().nullable(),
  }),
  assignee: assigneeView,
  cargo: cargoLookup
    .extend({
      order: z
        .object({
          orderId: z.string(),
          waybillNo: z.string(),
          customerId: z.string(),
          origin: z.string(),
          destination: z.string(),
          placedAt: instant,
          cancelled: z.boolean(),
        })
        .nullable()
        .describe('the order of the waybill, once the order service has published it (R12)'),
    })
    .nullable(),
  complaintId: z.string().nullable().describe('the complaint registered from this call'),
});

export const callsQuery = z.strictObject({
  ...pageQuery,
  sort: z.enum(['startedAt', '-startedAt']).default('-startedAt'),
  ...branchQuery,
  kind: z.enum(CALL_KINDS).optional(),
  state: z.enum(['answered-on-call', 'awaiting', 'answered']).optional(),
  agent: z.string().max(100).optional().describe('username of who took the call'),
  customerId: z.string().max(50).optional(),
  assigneeRole: staffRole.optional(),
  from: instant.optional().describe('started at or after'),
  to: instant.optional().describe('started before'),
});

export const callsPage = pageOf(callView);
