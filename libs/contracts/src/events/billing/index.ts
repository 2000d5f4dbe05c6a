import { billingCreditNoteIssuedV1 } from './billing.credit-note.issued.v1';
import { billingInvoiceIssuedV1 } from './billing.invoice.issued.v1';

export * from './billing.credit-note.issued.v1';
export * from './billing.invoice.issued.v1';
export * from './billing.schemas';

/** The billing service's events on billing.events, finance's contract (R24–R26). */
export const billingContracts = [billingInvoiceIssuedV1, billingCreditNoteIssuedV1] as const;
