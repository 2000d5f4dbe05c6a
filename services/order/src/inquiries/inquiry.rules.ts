import type { OrderHttp } from '@freight/contracts';
import type { KnownOutgoingEvent } from '@freight/messaging';
import type { z } from 'zod';
import type { Assessment, ShipmentToPrice } from '../rates/pricing.rules';
import { EscalationRaised, withEscalation } from '../shared/escalations';
import type { StaffRef } from '../shared/staff';
import { answerDeadlineId, startAnswerClock, stopAnswerClock } from './inquiry.deadlines';
import type { Answer, Inquiry, InquiryStatus } from './inquiry.entity';
import { InquiryClosed, MsdsMissing } from './inquiry.errors';
import { importantInquiryAlert, inquiryAnswered, inquiryReceived } from './inquiry.events';
import type { Quote } from './quote.entity';

// R2 intake, R3 the answer within 8 hours, R19 important inquiries: the inquiry's rules, pure.
// Each returns the inquiry as it becomes and the events that go with it (one transaction).

export type NewInquiry = z.output<typeof OrderHttp.newInquiryBody>;
export type InquiryPatch = z.output<typeof OrderHttp.inquiryPatchBody>;

export interface InquiryChange {
  inquiry: Inquiry;
  events: KnownOutgoingEvent[];
}

/** Still waiting for its answer, or called back and open for a quote or a decline. */
const ANSWERABLE: readonly InquiryStatus[] = ['open', 'needs-analysis', 'called-back'];

/** What the rate table prices (R3). */
export const shipmentOf = (
  inquiry: Pick<Inquiry, 'origin' | 'destination' | 'cargo' | 'serviceOptions'>,
): ShipmentToPrice => ({
  origin: inquiry.origin,
  destination: inquiry.destination,
  cargo: inquiry.cargo,
  services: inquiry.serviceOptions,
});

/** R2: why it cannot be quoted yet — dangerous goods without an MSDS. */
export function quoteBlockedReason(inquiry: Pick<Inquiry, 'cargo'>): string | undefined {
  const { dangerousGoodsClass, msdsReference } = inquiry.cargo;
  return dangerousGoodsClass !== 'none' && !msdsReference
    ? `dangerous goods (UN class ${dangerousGoodsClass}) without an MSDS: ask for the MSDS before quoting`
    : undefined;
}

/**
 * R2 + R3: the inquiry as recorded, its instant assessment (the table's quote, or "needs
 * analysis" — the callback task), its 8-hour clock, and R19's alert when it is important.
 */
export function receiveInquiry(
  input: NewInquiry,
  inquiryId: string,
  assessment: Assessment,
  by: StaffRef,
  now: Date,
): InquiryChange {
  const inquiry: Inquiry = {
    inquiryId,
    branch: input.branch,
    status: assessment.kind === 'quotable' ? 'open' : 'needs-analysis',
    customerId: input.customerId ?? null,
    company: input.company,
    contact: input.contact,
    cargo: input.cargo,
    origin: input.origin,
    destination: input.destination,
    expectedShippingAt: input.expectedShippingAt ? new Date(input.expectedShippingAt) : null,
    serviceOptions: input.serviceOptions,
    specialRequirements: input.specialRequirements ?? null,
    important: input.important,
    assignedTo: by,
    receivedAt: now,
    receivedBy: by,
    deadlineId: answerDeadlineId(inquiryId),
    answerDueAt: null,
    assessment,
    answer: null,
    callbacks: [],
    quoteId: null,
    escalations: [],
    version: 1,
  };
  return {
    inquiry,
    events: [
      inquiryReceived(inquiry),
      startAnswerClock(inquiry),
      ...(inquiry.important ? [importantInquiryAlert(inquiry, now)] : []),
    ],
  };
}

function mustBeAnswerable(inquiry: Inquiry): void {
  if (!ANSWERABLE.includes(inquiry.status))
    throw new InquiryClosed(inquiry.inquiryId, inquiry.status);
}

/**
 * The customer got an answer. The first one stops the clock (R3) and says whether it came in
 * time: no level of the ladder had lapsed yet. Every answer is an `order.inquiry.answered`.
 */
function answered(
  inquiry: Inquiry,
  status: InquiryStatus,
  outcome: Answer['outcome'],
  by: StaffRef,
  now: Date,
  detail?: string,
  quote?: Quote,
): InquiryChange {
  const answer: Answer = {
    outcome,
    at: now.toISOString(),
    by,
    withinDeadline: inquiry.answer?.withinDeadline ?? inquiry.escalations.length === 0,
    ...(detail ? { detail } : {}),
  };
  const next: Inquiry = {
    ...inquiry,
    status,
    answer: inquiry.answer ?? answer,
    quoteId: quote?.quoteId ?? inquiry.quoteId,
    version: inquiry.version + 1,
  };
  return {
    inquiry: next,
    events: [
      inquiryAnswered(next, answer, quote),
      ...(inquiry.answer ? [] : [stopAnswerClock(inquiry)]),
    ],
  };
}

/** R3: the quote is sent — refused for dangerous goods without an MSDS (R2). */
export function sendQuote(inquiry: Inquiry, quote: Quote, by: StaffRef, now: Date): InquiryChange {
  mustBeQuotable(inquiry);
  return answered(inquiry, 'quoted', 'quoted', by, now, quote.note ?? undefined, quote);
}

export function mustBeQuotable(inquiry: Inquiry): void {
  mustBeAnswerable(inquiry);
  if (quoteBlockedReason(inquiry))
    throw new MsdsMissing(`inquiry ${inquiry.inquiryId}`, inquiry.cargo.dangerousGoodsClass);
}

/**
 * R3: the agent called the customer back. Reached: that is an answer (what they were told is
 * recorded). Not reached: the attempt is kept and the clock keeps running.
 */
export function callBack(
  inquiry: Inquiry,
  call: { outcome: string; reached: boolean },
  by: StaffRef,
  now: Date,
): InquiryChange {
  mustBeAnswerable(inquiry);
  const withCall = {
    ...inquiry,
    callbacks: [...inquiry.callbacks, { at: now.toISOString(), by, ...call }],
  };
  if (!call.reached) return { inquiry: { ...withCall, version: inquiry.version + 1 }, events: [] };
  return answered(withCall, 'called-back', 'called-back', by, now, call.outcome);
}

/** R3: we cannot carry it (or the customer withdrew): telling them so is an answer too. */
export function decline(inquiry: Inquiry, reason: string, by: StaffRef, now: Date): InquiryChange {
  mustBeAnswerable(inquiry);
  return answered(inquiry, 'declined', 'declined', by, now, reason);
}

/** R3: a branch manager hands the answer to another agent (typically after an escalation). */
export function reassign(inquiry: Inquiry, agent: StaffRef): InquiryChange {
  mustBeAnswerable(inquiry);
  return { inquiry: { ...inquiry, assignedTo: agent, version: inquiry.version + 1 }, events: [] };
}

/** What arrives after the call: the MSDS (R2), or the inquiry turns out important (R19). */
export function amendInquiry(inquiry: Inquiry, patch: InquiryPatch, now: Date): InquiryChange {
  const next: Inquiry = {
    ...inquiry,
    cargo: patch.msdsReference
      ? { ...inquiry.cargo, msdsReference: patch.msdsReference }
      : inquiry.cargo,
    important: patch.important ?? inquiry.important,
    specialRequirements: patch.specialRequirements ?? inquiry.specialRequirements,
    version: inquiry.version + 1,
  };
  const becameImportant = next.important && !inquiry.important;
  return { inquiry: next, events: becameImportant ? [importantInquiryAlert(next, now)] : [] };
}

/**
 * R3: a level of the ladder lapsed — recorded on the inquiry (with the due the scheduler counted
 * in business hours). Once per level; one raised after the customer was answered (the cancel
 * was still on its way) is not the inquiry's story and is left out.
 */
export function recordEscalation(inquiry: Inquiry, escalation: EscalationRaised): Inquiry | null {
  if (escalation.deadlineId !== inquiry.deadlineId) return null;
  if (inquiry.answer && Date.parse(inquiry.answer.at) <= Date.parse(escalation.raisedAt))
    return null;
  const escalations = withEscalation(inquiry.escalations, escalation);
  if (!escalations) return null;
  return {
    ...inquiry,
    answerDueAt: new Date(escalation.dueAt),
    escalations,
    version: inquiry.version + 1,
  };
}
