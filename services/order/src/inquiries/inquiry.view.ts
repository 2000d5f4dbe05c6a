import type { Assessment } from '../rates/pricing.rules';
import type { Inquiry } from './inquiry.entity';
import { quoteBlockedReason } from './inquiry.rules';
import type { Quote } from './quote.entity';
import { isExpired } from './quote.rules';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

/** A quote as the API answers it (OrderHttp.quoteView); `expired` once its price stops holding. */
export const quoteView = (q: Quote, now: Date) => ({
  quoteId: q.quoteId,
  inquiryId: q.inquiryId,
  branch: q.branch,
  ...(q.customerId ? { customerId: q.customerId } : {}),
  status: isExpired(q, now) ? ('expired' as const) : q.status,
  lane: q.lane,
  price: q.price,
  basis: q.basis,
  validUntil: q.validUntil.toISOString(),
  offeredAt: q.offeredAt.toISOString(),
  offeredBy: q.offeredBy,
  ...(q.acceptedAt ? { acceptedAt: iso(q.acceptedAt) } : {}),
  ...(q.orderId ? { orderId: q.orderId } : {}),
  ...(q.note ? { note: q.note } : {}),
});

const assessmentView = (a: Assessment) =>
  a.kind === 'quotable'
    ? {
        kind: a.kind,
        rateTableId: a.rateTableId,
        lane: a.lane,
        chargeableWeightKg: a.chargeableWeightKg,
        price: a.price,
      }
    : a;

/** An inquiry as the API answers it (OrderHttp.inquiryView). */
export function inquiryView(i: Inquiry, quote: Quote | null, now: Date) {
  const blocked = quoteBlockedReason(i);
  return {
    inquiryId: i.inquiryId,
    branch: i.branch,
    status: i.status,
    ...(i.customerId ? { customerId: i.customerId } : {}),
    company: i.company,
    contact: i.contact,
    cargo: i.cargo,
    origin: i.origin,
    destination: i.destination,
    ...(i.expectedShippingAt ? { expectedShippingAt: iso(i.expectedShippingAt) } : {}),
    serviceOptions: i.serviceOptions,
    ...(i.specialRequirements ? { specialRequirements: i.specialRequirements } : {}),
    important: i.important,
    assignedTo: i.assignedTo,
    receivedAt: i.receivedAt.toISOString(),
    receivedBy: i.receivedBy,
    deadlineId: i.deadlineId,
    answerDueAt: iso(i.answerDueAt) ?? null,
    assessment: assessmentView(i.assessment),
    ...(blocked && !i.answer ? { quoteBlockedReason: blocked } : {}),
    ...(i.answer ? { answer: i.answer } : {}),
    callbacks: i.callbacks,
    ...(quote ? { quote: quoteView(quote, now) } : {}),
    escalations: i.escalations,
  };
}
