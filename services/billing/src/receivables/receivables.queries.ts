import { Inject, Injectable } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { Clock, CLOCK, NotFoundProblem } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { customerAccount, customerRef, DEFAULT_CREDIT_DAYS } from '../customers/customer-accounts';
import { INVOICE_COLUMNS, invoiceSummaryOf, InvoiceRow } from '../invoices/invoice.queries';
import { fen } from '../shared/money.rules';
import { dateOf } from '../shared/month.rules';
import { listPage, sqlFilters } from '../shared/paging';
import { iso, isoDate, oneOf, rowsOf } from '../shared/sql';
import { AGE_BUCKETS, bucketSql } from './ageing.rules';
import { receivablesOf } from './receivables.snapshot';

type Payment = z.output<typeof BillingHttp.paymentView>;
type Confirmation = z.output<typeof BillingHttp.receivablesConfirmationView>;

interface PaymentRow {
  payment_id: string;
  branch: string;
  customer_id: string;
  customer_name: string;
  received_at: Date;
  amount_minor: string;
  method: string;
  reference: string;
  unapplied_minor: string;
  recorded_at: Date;
  recorded_by: Payment['recordedBy'];
  allocations: { invoiceNo: string; amount: number; allocatedAt: string }[];
}

const PAYMENT_SELECT = `
  SELECT p.*, COALESCE((SELECT json_agg(json_build_object('invoiceNo', a.invoice_no,
           'amount', a.amount_minor, 'allocatedAt', a.allocated_at) ORDER BY a.allocated_at, a.invoice_no)
           FROM allocation a WHERE a.payment_id = p.payment_id), '[]') AS allocations
    FROM payment p`;

const paymentOf = (p: PaymentRow): Payment => ({
  paymentId: p.payment_id,
  branch: p.branch,
  customer: { customerId: p.customer_id, name: p.customer_name },
  receivedAt: iso(p.received_at)!,
  amount: fen(p.amount_minor),
  method: p.method,
  reference: p.reference,
  allocations: p.allocations.map((a) => ({
    invoiceNo: a.invoiceNo,
    amount: fen(a.amount),
    allocatedAt: iso(a.allocatedAt)!,
  })),
  unapplied: fen(p.unapplied_minor),
  recordedAt: iso(p.recorded_at)!,
  recordedBy: p.recorded_by,
});

/** R25's reads: a customer's account, the ageing list, payments, monthly confirmations. */
@Injectable()
export class ReceivablesQueries {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async account(customerId: string): Promise<z.output<typeof BillingHttp.customerAccountView>> {
    const customer = await customerRef(this.dataSource, customerId);
    const file = await customerAccount(this.dataSource, customerId);
    const today = dateOf(this.clock.now());
    const { openTotal, overdue, credit, ageing } = await receivablesOf(
      this.dataSource,
      customerId,
      today,
    );
    const invoices = await rowsOf<InvoiceRow>(
      this.dataSource,
      `SELECT ${INVOICE_COLUMNS} FROM invoice i
        WHERE i.customer_id = $1 AND i.total_minor - i.credited_minor - i.paid_minor > 0
        ORDER BY i.due_date, i.invoice_no`,
      [customerId],
    );
    return {
      customer: { customerId, name: customer.name },
      branch: customer.branch,
      billingTerms: {
        kind: file?.billingKind ?? 'monthly',
        creditDays: file?.creditDays ?? DEFAULT_CREDIT_DAYS,
      },
      email: file?.email ?? null,
      open: openTotal,
      overdue,
      credit,
      ageing,
      openInvoices: invoices.map(invoiceSummaryOf),
    };
  }

  /** Ageing per customer (keyset by customer id), with totals over every page (R25). */
  async ageing(query: z.output<typeof BillingHttp.ageingQuery>) {
    const asOf = query.asOf ?? dateOf(this.clock.now());
    const params: unknown[] = [asOf];
    const { where, add } = sqlFilters(params);
    add('i.branch = ?', query.branch);
    const age = `($1::date - (i.issued_at AT TIME ZONE 'Asia/Shanghai')::date)`;
    const open = 'i.total_minor - i.credited_minor - i.paid_minor';
    const buckets = AGE_BUCKETS.map(
      (b) => `COALESCE(sum(${open}) FILTER (WHERE ${bucketSql(age, b.key)}), 0) AS "${b.key}"`,
    ).join(', ');
    const perCustomer = `
      SELECT i.customer_id, max(i.customer_name) AS customer_name, max(i.branch) AS branch,
             ${buckets}, sum(${open}) AS open,
             COALESCE(sum(${open}) FILTER (WHERE i.due_date < $1::date), 0) AS overdue,
             (SELECT COALESCE(sum(p.unapplied_minor), 0) FROM payment p
               WHERE p.customer_id = i.customer_id) AS credit
        FROM invoice i
       WHERE ${[...where, `${open} > 0`].join(' AND ')}
       GROUP BY i.customer_id`;
    const totals = await oneOf<Record<string, string>>(
      this.dataSource,
      `SELECT ${AGE_BUCKETS.map((b) => `COALESCE(sum("${b.key}"), 0) AS "${b.key}"`).join(', ')},
              COALESCE(sum(open), 0) AS open, COALESCE(sum(overdue), 0) AS overdue
         FROM (${perCustomer}) x`,
      params,
    );
    const result = await listPage(
      this.dataSource,
      {
        select: `SELECT x.*, {page} FROM (${perCustomer}) x`,
        filters: [],
        sortColumns: { customer: 'x.customer_id' },
        idColumn: 'x.customer_id',
        map: (r: Record<string, string>) => ({
          customer: { customerId: r.customer_id, name: r.customer_name },
          branch: r.branch,
          days0to30: fen(r.days0to30),
          days31to60: fen(r.days31to60),
          days61to90: fen(r.days61to90),
          over90: fen(r.over90),
          open: fen(r.open),
          overdue: fen(r.overdue),
          credit: fen(r.credit),
        }),
      },
      { sort: 'customer', limit: query.limit, cursor: query.cursor },
      [...params],
    );
    return {
      ...result,
      asOf,
      totals: {
        days0to30: fen(totals?.days0to30),
        days31to60: fen(totals?.days31to60),
        days61to90: fen(totals?.days61to90),
        over90: fen(totals?.over90),
        open: fen(totals?.open),
        overdue: fen(totals?.overdue),
      },
    };
  }

  payments(query: z.output<typeof BillingHttp.paymentsQuery>) {
    return listPage(
      this.dataSource,
      {
        select: PAYMENT_SELECT.replace('SELECT p.*,', 'SELECT p.*, {page},'),
        filters: [
          ['p.branch = ?', query.branch],
          ['p.customer_id = ?', query.customerId],
        ],
        sortColumns: { receivedAt: 'p.received_at' },
        idColumn: 'p.payment_id',
        map: paymentOf,
      },
      query,
    );
  }

  async payment(paymentId: string): Promise<Payment> {
    const row = await oneOf<PaymentRow>(
      this.dataSource,
      `${PAYMENT_SELECT} WHERE p.payment_id = $1`,
      [paymentId],
    );
    if (!row) throw new NotFoundProblem(`no payment ${paymentId}`);
    return paymentOf(row);
  }

  confirmations(query: z.output<typeof BillingHttp.receivablesConfirmationsQuery>) {
    return listPage(
      this.dataSource,
      {
        select: `SELECT c.*, to_char(c.period, 'YYYY-MM') AS month, {page}
                   FROM receivables_confirmation c`,
        filters: [
          ['c.branch = ?', query.branch],
          ['c.period = ?', query.period && `${query.period}-01`],
          ['c.status = ?', query.status],
          ['c.customer_id = ?', query.customerId],
        ],
        sortColumns: { preparedAt: 'c.prepared_at' },
        idColumn: 'c.id',
        map: confirmationOf,
      },
      query,
    );
  }

  async confirmation(id: string): Promise<Confirmation> {
    const row = await oneOf<ConfirmationRow>(
      this.dataSource,
      `SELECT c.*, to_char(c.period, 'YYYY-MM') AS month FROM receivables_confirmation c
        WHERE c.id = $1`,
      [id],
    );
    if (!row) throw new NotFoundProblem(`no receivables confirmation ${id}`);
    return confirmationOf(row);
  }
}

interface ConfirmationRow {
  id: string;
  branch: string;
  customer_id: string;
  customer_name: string;
  month: string;
  as_of: Date | string;
  status: 'prepared' | 'signed-off';
  snapshot: Awaited<ReturnType<typeof receivablesOf>>;
  prepared_at: Date;
  signed_off_at: Date | null;
  signed_off_by: Confirmation['signedOffBy'];
  note: string | null;
}

const confirmationOf = (c: ConfirmationRow): Confirmation => ({
  id: c.id,
  branch: c.branch,
  customer: { customerId: c.customer_id, name: c.customer_name },
  period: c.month,
  asOf: isoDate(c.as_of),
  status: c.status,
  openInvoices: c.snapshot.openInvoices,
  openTotal: c.snapshot.openTotal,
  credit: c.snapshot.credit,
  ageing: c.snapshot.ageing,
  preparedAt: iso(c.prepared_at)!,
  signedOffAt: iso(c.signed_off_at),
  signedOffBy: c.signed_off_by ?? null,
  note: c.note,
});
