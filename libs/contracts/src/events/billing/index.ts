import { billingCreditNoteIssuedV1 } from './billing.credit-note.issued.v1';
import { billingInvoiceIssuedV1 } from './billing.invoice.issued.v1';
import { billingPaymentAllocatedV1 } from './billing.payment.allocated.v1';
import { billingPaymentRecordedV1 } from './billing.payment.recorded.v1';
import { billingPaymentsConfirmedV1 } from './billing.payments.confirmed.v1';

export * from './billing.credit-note.issued.v1';
export * from './billing.invoice.issued.v1';
export * from './billing.payment.allocated.v1';
export * from './billing.payment.recorded.v1';
export * from './billing.payments.confirmed.v1';
export * from './billing.schemas';

/**
 * The billing service's events on billing.events, finance's contract (R24–R26). The staff
 * alerts billing raises (`billing.alert.raised`) share the topic: finance skips that type.
 */
export const billingContracts = [
  billingInvoiceIssuedV1,
  billingCreditNoteIssuedV1,
  billingPaymentRecordedV1,
  billingPaymentAllocatedV1,
  billingPaymentsConfirmedV1,
] as const;
