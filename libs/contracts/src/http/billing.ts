import { z } from 'zod';
import { ageingBuckets } from '../events/billing/billing.schemas';
import { branchCode, calendarDate, instant, money } from '../events/shared.schemas';
import { waybillNo } from '../waybill';
import { branchQuery, pageOf, pageQuery } from './common';

// The billing service's internal HTTP API as the gateway forwards and documents it (R24–R26):
// request and answer schemas, imported by the service's controllers and the gateway's routes.

/** `YYYY-MM`: a billing period or a statistics month (Asia/Shanghai). */
const billingMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM')
  .describe('a month, `YYYY-MM` (Asia/Shanghai)');

const sortOf = <S extends string>(fields: readonly [S, ...S[]], defaultSort: S | `-${S}`) =>
  z
    .enum(fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]])
    .default(defaultSort)
    .describe('field to sort by; a leading - sorts descending');

/** A list's query: paging, sort, the branch (forced for branch users) and exact-match filters. */
const listQuery = <S extends string, F extends z.ZodRawShape>(
  fields: readonly [S, ...S[]],
  defaultSort: S | `-${S}`,
  filters: F,
) =>
  z.strictObject({ ...pageQuery, sort: sortOf(fields, defaultSort), ...branchQuery, ...filters });

const customerId = z.string().min(1).max(100);
const party = z.object({ customerId: z.string(), name: z.string() });
const staff = z.object({ userId: z.string(), username: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
/** Money in a request: positive integer fen, CNY (the only currency billed today). */
const positiveMoney = z.strictObject({
  amountMinor: z.number().int().min(1).max(100_000_000_000),
  currency: z.literal('CNY'),
});

// ---- charges (the read model, R24 item 1) ---------------------------------------------------

const chargeLineView = z.object({
  lineId: z.uuid(),
  code: z.string().describe('freight, dangerous-goods, pickup, delivery, insurance, cod-fee …'),
  description: z.string(),
  amount: money.describe('net of tax'),
  taxRate: z.number(),
  tax: money.describe('amount × taxRate, rounded half-up to the fen'),
});

const chargeView = z.object({
  waybillNo: z.string(),
  orderId: z.string().nullable(),
  branch: z.string(),
  customer: party,
  placedAt: instant.nullable(),
  serviceMonth: z.string().nullable().describe('the month the shipment was placed in'),
  paymentTerms: z.enum(['prepaid', 'freight-collect', 'monthly', 'on-receipt']).nullable(),
  billingPeriod: z
    .string()
    .nullable()
    .describe('the statement month it is billed on (monthly terms only); null otherwise'),
  cod: money.nullable().describe('cash on delivery collected for the shipper (not a charge)'),
  podRequired: z.boolean(),
  deliveredAt: instant.nullable(),
  onTime: z.boolean().nullable(),
  podReceivedAt: instant.nullable(),
  cancelledAt: instant.nullable(),
  lines: z.array(chargeLineView),
  net: money,
  tax: money,
  total: money,
});

const chargesQuery = listQuery(['placedAt'], '-placedAt', {
  customerId: customerId.optional(),
  serviceMonth: billingMonth.optional(),
  waybillNo: waybillNo.optional(),
});

// ---- statements (R24) -----------------------------------------------------------------------

const STATEMENT_STATUSES = ['draft', 'checked', 'sent', 'invoiced'] as const;
const CHECK_MARKS = ['matched', 'excluded'] as const;

const statementLineView = z.object({
  lineId: z.uuid().describe('the charge line: what the documents desk marks'),
  lineNo: z.number().int().nullable().describe('numbered when the check is complete'),
  waybillNo: z.string(),
  serviceDate: calendarDate,
  code: z.string(),
  description: z.string(),
  amount: money,
  taxRate: z.number(),
  tax: money,
  pod: z.object({ required: z.boolean(), receivedAt: instant.nullable() }),
  deliveredAt: instant.nullable(),
  check: z
    .object({ mark: z.enum(CHECK_MARKS), note: z.string().nullable(), by: staff, at: instant })
    .nullable()
    .describe("the documents desk's mark against the POD (R24)"),
  dispute: z
    .object({
      reason: z.string(),
      raisedAt: instant,
      raisedBy: z.string().describe('`customer` (the link) or the staff username who recorded it'),
      outcome: z.enum(['open', 'credited', 'rejected']),
      creditNoteNo: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  invoiceLineNo: z.number().int().nullable(),
});

const statementSummary = z.object({
  id: z.uuid(),
  branch: z.string(),
  customer: party,
  period: billingMonth,
  status: z.enum(STATEMENT_STATUSES),
  lineCount: z.number().int(),
  net: money,
  tax: money,
  total: money,
  disputedLines: z.number().int(),
  draftedAt: instant,
  checkedAt: instant.nullable(),
  sentAt: instant.nullable(),
  answeredAt: instant.nullable(),
  invoice: z
    .object({ invoiceNo: z.string(), status: z.string(), open: money })
    .nullable()
    .describe('issued the moment the customer confirmed (R24)'),
});

const statementView = statementSummary.extend({
  email: z.string().nullable().describe('where the statement goes'),
  creditDays: z.number().int(),
  cod: z
    .object({ shipments: z.number().int(), amount: money })
    .describe('COD collected, for information'),
  mail: z
    .object({
      status: z.enum(['queued', 'sent', 'failed']),
      to: z.string(),
      attempts: z.number().int(),
      sentAt: instant.nullable(),
      lastError: z.string().nullable(),
    })
    .nullable(),
  answer: z
    .object({ by: z.string(), at: instant, note: z.string().nullable() })
    .nullable()
    .describe('who confirmed: `customer` (the link) or the staff username who recorded it'),
  linkExpiresAt: instant.nullable(),
  escalation: z
    .object({ step: z.string(), level: z.number().int(), role: z.string(), at: instant })
    .nullable()
    .describe('the latest escalation of a late step (check, send, answer), R24'),
  lines: z.array(statementLineView),
});

const statementsQuery = listQuery(['period', 'draftedAt'], '-draftedAt', {
  period: billingMonth.optional(),
  status: z.enum(STATEMENT_STATUSES).optional(),
  customerId: customerId.optional(),
});

/** POST /statements/{id}/check-marks: the documents desk marks lines against the PODs (R24). */
const checkMarksBody = z.strictObject({
  marks: z
    .array(
      z.strictObject({
        lineId: z.uuid(),
        mark: z
          .enum(CHECK_MARKS)
          .describe('matched: agrees with the POD; excluded: not billed this month'),
        note: text(500).optional(),
      }),
    )
    .min(1)
    .max(1000),
});

const checkCompleteBody = z.strictObject({ note: text(500).optional() });

const sendStatementBody = z.strictObject({
  email: z.email().max(200).optional().describe("instead of the customer file's address"),
});

const disputeLinesBody = z.strictObject({
  lines: z
    .array(z.strictObject({ lineNo: z.number().int().min(1), reason: text(500) }))
    .min(1)
    .max(500),
});

const confirmStatementBody = z.strictObject({ note: text(500).optional() });

/** What the customer sees behind the tokenised link: their statement and nothing else. */
const publicStatementView = z.object({
  company: z.string(),
  period: billingMonth,
  status: z.enum(['awaiting-answer', 'confirmed']),
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      waybillNo: z.string(),
      serviceDate: calendarDate,
      description: z.string(),
      amount: money,
      taxRate: z.number(),
      tax: money,
      disputed: z.string().nullable().describe('your reason, when you disputed the line'),
    }),
  ),
  net: money,
  tax: money,
  total: money,
  invoiceNo: z.string().nullable(),
  expiresAt: instant,
});

const statementToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'expected the token of a statement link');

// ---- month-end close (R24) ------------------------------------------------------------------

const monthCloseBody = z.strictObject({ branch: branchCode, month: billingMonth });

const monthCloseView = z.object({
  branch: z.string(),
  period: billingMonth,
  status: z.enum(['scheduled', 'running', 'done']),
  statements: z.number().int(),
  startedAt: instant.nullable(),
  finishedAt: instant.nullable(),
});

const monthClosesQuery = z.strictObject({ ...branchQuery, period: billingMonth.optional() });

// ---- invoices and credit notes (R24) --------------------------------------------------------

const invoiceLineView = z.object({
  lineNo: z.number().int(),
  waybillNo: z.string(),
  description: z.string(),
  amount: money,
  taxRate: z.number(),
  tax: money,
  credited: money.describe('net credited on this line by credit notes'),
  dispute: z.enum(['open', 'credited', 'rejected']).nullable(),
});

const invoiceSummary = z.object({
  invoiceNo: z.string(),
  branch: z.string(),
  customer: party,
  period: billingMonth,
  statementId: z.uuid(),
  issuedAt: instant,
  dueDate: calendarDate,
  net: money,
  tax: money,
  total: money,
  credited: money.describe('total of the credit notes'),
  paid: money,
  open: money.describe('total − credited − paid'),
  status: z.enum(['open', 'partially-paid', 'paid']),
  overdue: z.boolean(),
});

const invoiceView = invoiceSummary.extend({
  lines: z.array(invoiceLineView),
  creditNotes: z.array(z.object({ creditNoteNo: z.string(), issuedAt: instant, total: money })),
  payments: z.array(z.object({ paymentId: z.string(), amount: money, allocatedAt: instant })),
});

const invoicesQuery = listQuery(['issuedAt', 'dueDate'], '-issuedAt', {
  customerId: customerId.optional(),
  period: billingMonth.optional(),
  status: z.enum(['open', 'partially-paid', 'paid']).optional(),
});

const creditNoteBody = z.strictObject({
  reason: text(500).describe('the disputed item, as agreed with the customer'),
  lines: z
    .array(z.strictObject({ invoiceLineNo: z.number().int().min(1), amount: positiveMoney }))
    .min(1)
    .max(500),
});

const disputeRejectionBody = z.strictObject({
  note: text(500).describe('why the charge stands, as told to the customer'),
});

const creditNoteView = z.object({
  creditNoteNo: z.string(),
  invoiceNo: z.string(),
  branch: z.string(),
  customer: party,
  reason: z.string(),
  issuedAt: instant,
  issuedBy: staff,
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      invoiceLineNo: z.number().int(),
      waybillNo: z.string(),
      description: z.string(),
      amount: money,
      taxRate: z.number(),
      tax: money,
    }),
  ),
  net: money,
  tax: money,
  total: money,
});

const creditNotesQuery = listQuery(['issuedAt'], '-issuedAt', {
  invoiceNo: z.string().min(1).max(50).optional(),
  customerId: customerId.optional(),
});

// ---- receivables (R25) ----------------------------------------------------------------------

const allocations = z
  .array(z.strictObject({ invoiceNo: z.string().min(1).max(50), amount: positiveMoney }))
  .max(200);

const paymentBody = z.strictObject({
  receivedAt: instant,
  amount: positiveMoney,
  method: z.enum(['bank-transfer', 'cash', 'cheque', 'other']),
  reference: text(100),
  allocations: allocations
    .optional()
    .describe('which invoices it pays; when left out, the oldest open ones first'),
  overpayment: z
    .literal('keep-as-credit')
    .optional()
    .describe('required when the payment is more than what it is allocated to (R25)'),
});

const allocationBody = z.strictObject({ allocations: allocations.min(1) });

const paymentView = z.object({
  paymentId: z.string(),
  branch: z.string(),
  customer: party,
  receivedAt: instant,
  amount: money,
  method: z.string(),
  reference: z.string(),
  allocations: z.array(z.object({ invoiceNo: z.string(), amount: money, allocatedAt: instant })),
  unapplied: money.describe("kept as the customer's credit"),
  recordedAt: instant,
  recordedBy: staff,
});

const paymentsQuery = listQuery(['receivedAt'], '-receivedAt', {
  customerId: customerId.optional(),
});

const customerAccountView = z.object({
  customer: party,
  branch: z.string(),
  billingTerms: z.object({ kind: z.enum(['monthly', 'cash']), creditDays: z.number().int() }),
  email: z.string().nullable(),
  open: money,
  overdue: money,
  credit: money.describe('unapplied payments'),
  ageing: ageingBuckets,
  openInvoices: z.array(invoiceSummary),
});

const ageingQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  asOf: calendarDate.optional().describe('the day the ages are counted to; today by default'),
});

const ageingRow = z.object({
  customer: party,
  branch: z.string(),
  ...ageingBuckets.shape,
  open: money,
  overdue: money,
  credit: money,
});

const ageingView = pageOf(ageingRow).extend({
  asOf: calendarDate,
  totals: ageingBuckets.extend({ open: money, overdue: money }).describe('over every page'),
});

const receivablesConfirmationBody = z.strictObject({ month: billingMonth });
const signOffBody = z.strictObject({ note: text(2000).optional() });

const receivablesConfirmationView = z.object({
  id: z.string(),
  branch: z.string(),
  customer: party,
  period: billingMonth,
  asOf: calendarDate,
  status: z.enum(['prepared', 'signed-off']),
  openInvoices: z.array(
    z.object({
      invoiceNo: z.string(),
      issuedOn: calendarDate,
      dueDate: calendarDate,
      total: money,
      open: money,
      daysOutstanding: z.number().int(),
    }),
  ),
  openTotal: money,
  credit: money,
  ageing: ageingBuckets,
  preparedAt: instant,
  signedOffAt: instant.nullable(),
  signedOffBy: staff.nullable(),
  note: z.string().nullable(),
});

const receivablesConfirmationsQuery = listQuery(['preparedAt'], '-preparedAt', {
  period: billingMonth.optional(),
  status: z.enum(['prepared', 'signed-off']).optional(),
  customerId: customerId.optional(),
});

// ---- monthly operations statistics (R26) ----------------------------------------------------

const operationsFigures = z.object({
  shipments: z.number().int().describe('placed in the month, not cancelled'),
  pieces: z.number().int(),
  weightKg: z.number(),
  revenue: money.describe('net of tax, of those shipments'),
  delivered: z.number().int(),
  deliveredOnTime: z.number().int(),
  onTimeRate: z.number().nullable().describe('on time ÷ delivered (of the month’s shipments)'),
  withException: z.number().int(),
  exceptionRate: z.number().nullable().describe('shipments with an exception ÷ shipments'),
  complaints: z.number().int().describe('registered in the month'),
  complaintRate: z.number().nullable().describe('complaints per 100 shipments'),
  surveys: z.number().int(),
  satisfaction: z.number().nullable().describe('average survey score, 1–5'),
});

const statisticsQuery = z.strictObject({ month: billingMonth, ...branchQuery });
const statisticsExportQuery = statisticsQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

const statisticsView = z.object({
  month: billingMonth,
  items: z.array(operationsFigures.extend({ branch: z.string() })),
  company: operationsFigures
    .nullable()
    .describe('the whole company; null when the list is narrowed to one branch'),
});

/** Every schema of the billing API, by name: `BillingHttp.paymentBody` (one export, no clashes). */
export const BillingHttp = {
  STATEMENT_STATUSES,
  CHECK_MARKS,
  billingMonth,
  operationsFigures,
  invoiceSummary,
  statementSummary,
  ageingRow,
  chargeView,
  charges: pageOf(chargeView),
  chargesQuery,
  statementView,
  statements: pageOf(statementSummary),
  statementsQuery,
  checkMarksBody,
  checkCompleteBody,
  sendStatementBody,
  disputeLinesBody,
  confirmStatementBody,
  publicStatementView,
  statementToken,
  monthCloseBody,
  monthCloseView,
  monthCloses: z.object({ items: z.array(monthCloseView) }),
  monthClosesQuery,
  invoiceView,
  invoices: pageOf(invoiceSummary),
  invoicesQuery,
  creditNoteBody,
  disputeRejectionBody,
  creditNoteView,
  creditNotes: pageOf(creditNoteView),
  creditNotesQuery,
  paymentBody,
  allocationBody,
  paymentView,
  payments: pageOf(paymentView),
  paymentsQuery,
  customerAccountView,
  ageingQuery,
  ageingView,
  receivablesConfirmationBody,
  signOffBody,
  receivablesConfirmationView,
  receivablesConfirmations: pageOf(receivablesConfirmationView),
  receivablesConfirmationsQuery,
  statisticsQuery,
  statisticsExportQuery,
  statisticsView,
};
