import type { LaneCodes, Price, ServiceOptions } from '../rates/pricing.rules';
import type { StaffRef } from '../shared/staff';
import type { Inquiry } from './inquiry.entity';
import { QuoteAlreadyAccepted, QuoteExpired, QuoteNotOrderable } from './inquiry.errors';
import type { Quote, QuoteBasis } from './quote.entity';

// R3 quotes: what the customer was offered, how long it holds, and its acceptance (R4).

export interface PricedOffer {
  lane: LaneCodes;
  price: Price;
  basis: QuoteBasis;
  leadTimeDays: number;
  /** when the price stops holding: the offer's days, or the rate table's end if sooner */
  validUntil: Date;
}

export function offerQuote(
  inquiry: Inquiry,
  offer: PricedOffer,
  quoteId: string,
  by: StaffRef,
  now: Date,
  note?: string,
): Quote {
  return {
    quoteId,
    inquiryId: inquiry.inquiryId,
    branch: inquiry.branch,
    customerId: inquiry.customerId,
    status: 'offered',
    lane: offer.lane,
    price: offer.price,
    basis: offer.basis,
    cargo: inquiry.cargo,
    serviceOptions: inquiry.serviceOptions as ServiceOptions,
    leadTimeDays: offer.leadTimeDays,
    validUntil: offer.validUntil,
    offeredAt: now,
    offeredBy: by,
    acceptedAt: null,
    acceptedBy: null,
    orderId: null,
    note: note ?? null,
  };
}

/** The end of a price's validity: `days` from now, never past the rate table's own end. */
export function validUntil(now: Date, days: number, tableValidTo: Date | null): Date {
  const until = new Date(now.getTime() + days * 86_400_000);
  return tableValidTo && tableValidTo < until ? tableValidTo : until;
}

export const isExpired = (quote: Pick<Quote, 'status' | 'validUntil'>, now: Date) =>
  quote.status === 'offered' && now >= quote.validUntil;

/** R3/R4: the customer accepts — once, and while the price holds. */
export function acceptQuote(quote: Quote, by: StaffRef, now: Date): Quote {
  if (quote.acceptedAt) throw new QuoteAlreadyAccepted(quote.quoteId, quote.acceptedAt);
  if (isExpired(quote, now)) throw new QuoteExpired(quote.quoteId, quote.validUntil);
  return { ...quote, status: 'accepted', acceptedAt: now, acceptedBy: by };
}

/** R4: an order takes an accepted quote's locked price, and only one order does. */
export function orderFromQuote(quote: Quote, orderId: string): Quote {
  if (quote.status === 'offered') throw new QuoteNotOrderable(quote.quoteId, 'is not accepted yet');
  if (quote.orderId)
    throw new QuoteNotOrderable(quote.quoteId, `already became order ${quote.orderId}`);
  return { ...quote, status: 'ordered', orderId };
}
