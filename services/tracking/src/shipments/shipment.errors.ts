import { DomainError } from '@freight/platform';

/** R5: a waybill number that cannot exist (format or check digit), from dispatch or an order. */
export class InvalidWaybillNo extends DomainError {
  constructor(waybillNo: string, eventId: string) {
    super(
      422,
      'invalid-waybill-no',
      `event ${eventId} names waybill "${waybillNo}", which cannot exist (R5: 2 letters, 9 digits and a check digit)`,
    );
  }
}

/** order.cancelled (or amended) for an order this service never heard of: retried, then parked. */
export class OrderNotKnown extends Error {
  constructor(waybillNo: string) {
    super(`no order known for ${waybillNo} yet; order.placed should have come first on its key`);
    this.name = 'OrderNotKnown';
  }
}
