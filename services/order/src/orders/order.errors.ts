import { DomainError } from '@freight/platform';

// The refusals of orders (R4, R8): 409 with the business reason.

/** R4: amended or cancelled only until dispatched. */
export class OrderNoLongerChangeable extends DomainError {
  constructor(waybillNo: string, status: string) {
    super(
      409,
      status === 'cancelled' ? 'order-cancelled' : 'order-dispatched',
      status === 'cancelled'
        ? `order ${waybillNo} is cancelled`
        : `order ${waybillNo} is ${status}: it can no longer be amended or cancelled (R4: only until dispatched)`,
    );
  }
}

export class NothingToAcknowledge extends DomainError {
  constructor(waybillNo: string, status: string) {
    super(
      409,
      'nothing-to-acknowledge',
      `order ${waybillNo} is ${status}: there is nothing to acknowledge`,
    );
  }
}

/** R4: an order from a quote keeps the quoted cargo, services and lane. */
export class PriceLockedByQuote extends DomainError {
  constructor(quoteId: string, fields: string[]) {
    super(
      409,
      'price-locked',
      `the price is locked by quote ${quoteId}: ${fields.join(', ')} cannot change; cancel and quote again`,
    );
  }
}

/** R8: a pickup notice is for goods collected at the branch, once the documents desk has them. */
export class NoticeNotApplicable extends DomainError {
  constructor(waybillNo: string, why: string) {
    super(409, 'pickup-notice-not-applicable', `no pickup notice for ${waybillNo}: ${why}`);
  }
}

/** R8: "collected" needs the notice on record — the evidence for later disputes. */
export class PickupNoticeMissing extends DomainError {
  constructor(waybillNo: string) {
    super(
      409,
      'pickup-notice-missing',
      `waybill ${waybillNo} has no recorded pickup notice: record when, who answered and by whom before marking it collected (R8)`,
    );
  }
}

export class NotCollectable extends DomainError {
  constructor(waybillNo: string, status: string) {
    super(409, 'not-collectable', `waybill ${waybillNo} is ${status}`);
  }
}
