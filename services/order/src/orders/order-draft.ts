import type { EntityManager } from 'typeorm';
import type { Customer } from '../customers/customer.entity';
import { Inquiry } from '../inquiries/inquiry.entity';
import { MsdsMissing, QuoteNotOrderable, UnknownQuote } from '../inquiries/inquiry.errors';
import { quoteBlockedReason } from '../inquiries/inquiry.rules';
import { Quote } from '../inquiries/quote.entity';
import { orderFromQuote } from '../inquiries/quote.rules';
import { assess } from '../rates/pricing.rules';
import { NotCoveredByRateTable } from '../rates/rate-table.errors';
import type { RateTable } from '../rates/rate-table.entity';
import { ValidationProblem } from '@freight/platform';
import type { Party } from './order.entity';
import { PriceLockedByQuote } from './order.errors';
import {
  defaultPaymentTerms,
  NewOrder,
  OrderDraft,
  promisedDelivery,
  shipmentOfOrder,
} from './order.rules';

// R4: what an order is made of before it gets its waybill — from an accepted quote (its lane,
// cargo, services and price locked) or direct (priced from the rate table valid now).

/** The shipper when the order names none: the customer, its first contact, its first address. */
function shipperOf(input: NewOrder, customer: Customer, fallbackAddress?: Party['address']): Party {
  if (input.shipper) return input.shipper;
  const [contact] = customer.contacts;
  const address = fallbackAddress ?? customer.addresses[0];
  if (!address)
    throw new ValidationProblem([
      { field: 'shipper', message: 'the customer file has no address: name the shipper' },
    ]);
  const { label: _label, ...where } = address as Party['address'] & { label?: string };
  return { name: customer.company, contact: contact.name, phone: contact.phone, address: where };
}

function common(input: NewOrder, customer: Customer) {
  return {
    branch: input.branch,
    customer: { customerId: customer.customerId, company: customer.company },
    consignee: input.consignee,
    paymentTerms: input.paymentTerms ?? defaultPaymentTerms(customer.billingTerms),
    pickupWindow: { from: new Date(input.pickupWindow.from), to: new Date(input.pickupWindow.to) },
    requirements: input.requirements,
    cautions: input.cautions,
    customerReference: input.customerReference,
  };
}

const promise = (input: NewOrder, leadTimeDays: number) =>
  input.promisedDeliveryAt
    ? new Date(input.promisedDeliveryAt)
    : promisedDelivery(new Date(input.pickupWindow.to), leadTimeDays);

/** From the accepted quote: its lane, cargo, services and price (read only; taken in takeQuote). */
export async function draftFromQuote(
  manager: EntityManager,
  input: NewOrder,
  customer: Customer,
): Promise<OrderDraft> {
  const quoteId = input.quoteId!;
  const quote = await manager.findOneBy(Quote, { quoteId, branch: input.branch });
  if (!quote) throw new UnknownQuote(quoteId);
  if (quote.customerId && quote.customerId !== customer.customerId)
    throw new QuoteNotOrderable(quoteId, `was made for customer ${quote.customerId}`);
  orderFromQuote(quote, 'check'); // refused now, before the order takes a number
  const inquiry = await manager.findOneByOrFail(Inquiry, { inquiryId: quote.inquiryId });
  const shipper = shipperOf(input, customer, inquiry.origin);
  const moved = [
    ...(shipper.address.city !== inquiry.origin.city ? ['shipper.address'] : []),
    ...(input.consignee.address.city !== inquiry.destination.city ? ['consignee.address'] : []),
  ];
  if (moved.length > 0) throw new PriceLockedByQuote(quoteId, moved);
  return {
    ...common(input, customer),
    shipper,
    lane: quote.lane,
    cargo: quote.cargo,
    serviceOptions: quote.serviceOptions,
    price: quote.price,
    promisedDeliveryAt: promise(input, quote.leadTimeDays),
    quoteId,
  };
}

/** In the order's transaction: the quote becomes this order's — once (a second order races and loses). */
export async function takeQuote(
  manager: EntityManager,
  quoteId: string,
  orderId: string,
): Promise<void> {
  const quote = await manager.findOne(Quote, {
    where: { quoteId },
    lock: { mode: 'pessimistic_write' },
  });
  await manager.save(Quote, orderFromQuote(quote!, orderId));
}

/** Direct: the cargo and services as given, priced from the table (R3); refused when it cannot be. */
export function draftDirect(
  input: NewOrder,
  customer: Customer,
  table: RateTable | null,
): OrderDraft {
  const cargo = input.cargo!;
  const serviceOptions = input.serviceOptions ?? {
    pickup: false,
    deliveryMode: 'self-pickup' as const,
    podRequired: false,
  };
  if (quoteBlockedReason({ cargo })) throw new MsdsMissing('the order', cargo.dangerousGoodsClass);
  const shipper = shipperOf(input, customer);
  const assessment = assess(
    table,
    shipmentOfOrder({ shipper, consignee: input.consignee, cargo, serviceOptions }),
  );
  if (assessment.kind === 'needs-analysis')
    throw new NotCoveredByRateTable(assessment.reasons.map((r) => r.message));
  return {
    ...common(input, customer),
    shipper,
    lane: assessment.lane,
    cargo,
    serviceOptions,
    price: assessment.price,
    promisedDeliveryAt: promise(input, assessment.leadTimeDays),
  };
}
