import { DomainError } from '@freight/platform';

/** An order priced in a currency billing does not invoice in (CNY only, R24). */
export class CurrencyNotBilled extends DomainError {
  constructor(waybillNo: string, currency: string) {
    super(
      422,
      'currency-not-billed',
      `waybill ${waybillNo} is priced in ${currency}; billing invoices in CNY only`,
    );
  }
}
