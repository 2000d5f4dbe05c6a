// The billing service's answers as the gateway documents them (libs/contracts/src/http/billing.ts),
// written by hand: the console bundle does not pull zod and the contracts in.

export interface Money {
  amountMinor: number;
  currency: string;
}

export interface Party {
  customerId: string;
  name: string;
}

export interface Staff {
  userId: string;
  username: string;
}

export type StatementStatus = 'draft' | 'checked' | 'sent' | 'invoiced';
export const STATEMENT_STATUSES: StatementStatus[] = ['draft', 'checked', 'sent', 'invoiced'];
export type CheckMark = 'matched' | 'excluded';

export interface StatementLine {
  lineId: string;
  lineNo: number | null;
  waybillNo: string;
  serviceDate: string;
  code: string;
  description: string;
  amount: Money;
  taxRate: number;
  tax: Money;
  pod: { required: boolean; receivedAt: string | null };
  deliveredAt: string | null;
  check: { mark: CheckMark; note: string | null; by: Staff; at: string } | null;
  dispute: {
    reason: string;
    raisedAt: string;
    raisedBy: string;
    outcome: 'open' | 'credited' | 'rejected';
    creditNoteNo: string | null;
    note: string | null;
  } | null;
  invoiceLineNo: number | null;
}

/** GET /statements (a page of these) */
export interface StatementSummary {
  id: string;
  branch: string;
  customer: Party;
  period: string;
  status: StatementStatus;
  lineCount: number;
  net: Money;
  tax: Money;
  total: Money;
  disputedLines: number;
  draftedAt: string;
  checkedAt: string | null;
  sentAt: string | null;
  answeredAt: string | null;
  invoice: { invoiceNo: string; status: string; open: Money } | null;
}

/** GET /statements/{id} */
export interface StatementView extends StatementSummary {
  email: string | null;
  creditDays: number;
  cod: { shipments: number; amount: Money };
  mail: {
    status: 'queued' | 'sent' | 'failed';
    to: string;
    attempts: number;
    sentAt: string | null;
    lastError: string | null;
  } | null;
  answer: { by: string; at: string; note: string | null } | null;
  linkExpiresAt: string | null;
  escalation: { step: string; level: number; role: string; at: string } | null;
  lines: StatementLine[];
}

export interface InvoiceSummary {
  invoiceNo: string;
  branch: string;
  customer: Party;
  period: string;
  statementId: string;
  issuedAt: string;
  dueDate: string;
  net: Money;
  tax: Money;
  total: Money;
  credited: Money;
  paid: Money;
  open: Money;
  status: 'open' | 'partially-paid' | 'paid';
  overdue: boolean;
}

/** GET /invoices/{invoiceNo} */
export interface InvoiceView extends InvoiceSummary {
  lines: {
    lineNo: number;
    waybillNo: string;
    description: string;
    amount: Money;
    taxRate: number;
    tax: Money;
    credited: Money;
    dispute: 'open' | 'credited' | 'rejected' | null;
  }[];
  creditNotes: { creditNoteNo: string; issuedAt: string; total: Money }[];
  payments: { paymentId: string; amount: Money; allocatedAt: string }[];
}

export interface AgeingBuckets {
  days0to30: Money;
  days31to60: Money;
  days61to90: Money;
  over90: Money;
}

export interface AgeingRow extends AgeingBuckets {
  customer: Party;
  branch: string;
  open: Money;
  overdue: Money;
  credit: Money;
}

/** GET /customers/{id}/account */
export interface CustomerAccount {
  customer: Party;
  branch: string;
  billingTerms: { kind: 'monthly' | 'cash'; creditDays: number };
  email: string | null;
  open: Money;
  overdue: Money;
  credit: Money;
  ageing: AgeingBuckets;
  openInvoices: InvoiceSummary[];
}

export interface PaymentView {
  paymentId: string;
  branch: string;
  customer: Party;
  receivedAt: string;
  amount: Money;
  method: string;
  reference: string;
  allocations: { invoiceNo: string; amount: Money; allocatedAt: string }[];
  unapplied: Money;
  recordedAt: string;
  recordedBy: Staff;
}

export interface ReceivablesConfirmation {
  id: string;
  branch: string;
  customer: Party;
  period: string;
  asOf: string;
  status: 'prepared' | 'signed-off';
  openInvoices: {
    invoiceNo: string;
    issuedOn: string;
    dueDate: string;
    total: Money;
    open: Money;
    daysOutstanding: number;
  }[];
  openTotal: Money;
  credit: Money;
  ageing: AgeingBuckets;
  preparedAt: string;
  signedOffAt: string | null;
  signedOffBy: Staff | null;
  note: string | null;
}
