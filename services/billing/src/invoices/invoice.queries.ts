import { Injectable } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { NotFoundProblem } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { fen, lineMoney } from '../shared/money.rules';
import { listPage } from '../shared/paging';
import { iso, isoDate, oneOf, rowsOf } from '../shared/sql';
import { invoiceStatus, openMinor } from './invoice.rules';
import type { InvoiceLineRow } from './invoice.store';

type Summary = z.output<typeof BillingHttp.invoiceSummary>;
type CreditNote = z.output<typeof BillingHttp.creditNoteView>;

export interface InvoiceRow {
  invoice_no: string;
  branch: string;
  customer_id: string;
  customer_name: string;
  month: string;
  statement_id: string;
  issued_at: Date;
  due_date: Date | string;
  net_minor: string;
  tax_minor: string;
  total_minor: string;
  credited_minor: string;
  paid_minor: string;
  overdue: boolean;
}

export const INVOICE_COLUMNS = `i.*, to_char(i.period, 'YYYY-MM') AS month`;

/** `paid` and `open` derived here: the status filter of the list says the same in SQL. */
const STATUS_SQL = {
  paid: '(i.total_minor - i.credited_minor - i.paid_minor) <= 0',
  'partially-paid': '(i.total_minor - i.credited_minor - i.paid_minor) > 0 AND i.paid_minor > 0',
  open: '(i.total_minor - i.credited_minor - i.paid_minor) > 0 AND i.paid_minor = 0',
} as const;

export function invoiceSummaryOf(row: InvoiceRow): Summary {
  const figures = {
    total: Number(row.total_minor),
    credited: Number(row.credited_minor),
    paid: Number(row.paid_minor),
  };
  return {
    invoiceNo: row.invoice_no,
    branch: row.branch,
    customer: { customerId: row.customer_id, name: row.customer_name },
    period: row.month,
    statementId: row.statement_id,
    issuedAt: iso(row.issued_at)!,
    dueDate: isoDate(row.due_date),
    net: fen(row.net_minor),
    tax: fen(row.tax_minor),
    total: fen(figures.total),
    credited: fen(figures.credited),
    paid: fen(figures.paid),
    open: fen(openMinor(figures)),
    status: invoiceStatus(figures),
    overdue: row.overdue && openMinor(figures) > 0,
  };
}

function creditNoteOf(row: {
  credit_note_no: string;
  invoice_no: string;
  branch: string;
  customer_id: string;
  customer_name: string;
  reason: string;
  issued_at: Date;
  issued_by: CreditNote['issuedBy'];
  lines: CreditNote['lines'];
  net_minor: string;
  tax_minor: string;
}): CreditNote {
  const net = Number(row.net_minor);
  const tax = Number(row.tax_minor);
  return {
    creditNoteNo: row.credit_note_no,
    invoiceNo: row.invoice_no,
    branch: row.branch,
    customer: { customerId: row.customer_id, name: row.customer_name },
    reason: row.reason,
    issuedAt: iso(row.issued_at)!,
    issuedBy: row.issued_by,
    lines: row.lines,
    net: fen(net),
    tax: fen(tax),
    total: fen(net + tax),
  };
}

@Injectable()
export class InvoiceQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(query: z.output<typeof BillingHttp.invoicesQuery>) {
    return listPage(
      this.dataSource,
      {
        select: `SELECT ${INVOICE_COLUMNS}, {page} FROM invoice i`,
        filters: [
          ['i.branch = ?', query.branch],
          ['i.customer_id = ?', query.customerId],
          ['i.period = ?', query.period && `${query.period}-01`],
        ],
        where: query.status ? [STATUS_SQL[query.status]] : [],
        sortColumns: { issuedAt: 'i.issued_at', dueDate: 'i.due_date' },
        idColumn: 'i.invoice_no',
        map: invoiceSummaryOf,
      },
      query,
    );
  }

  async detail(invoiceNo: string): Promise<z.output<typeof BillingHttp.invoiceView>> {
    const row = await oneOf<InvoiceRow>(
      this.dataSource,
      `SELECT ${INVOICE_COLUMNS} FROM invoice i WHERE i.invoice_no = $1`,
      [invoiceNo],
    );
    if (!row) throw new NotFoundProblem(`no invoice ${invoiceNo}`);
    const [lines, notes, payments] = await Promise.all([
      rowsOf<InvoiceLineRow>(
        this.dataSource,
        `SELECT il.*, sl.dispute_outcome FROM invoice_line il
           JOIN statement_line sl ON sl.statement_id = $2 AND sl.line_no = il.statement_line
          WHERE il.invoice_no = $1 ORDER BY il.line_no`,
        [invoiceNo, row.statement_id],
      ),
      rowsOf<{ credit_note_no: string; issued_at: Date; net_minor: string; tax_minor: string }>(
        this.dataSource,
        'SELECT * FROM credit_note WHERE invoice_no = $1 ORDER BY issued_at, credit_note_no',
        [invoiceNo],
      ),
      rowsOf<{ payment_id: string; amount_minor: string; allocated_at: Date }>(
        this.dataSource,
        'SELECT * FROM allocation WHERE invoice_no = $1 ORDER BY allocated_at, payment_id',
        [invoiceNo],
      ),
    ]);
    return {
      ...invoiceSummaryOf(row),
      lines: lines.map((l) => ({
        lineNo: l.line_no,
        waybillNo: l.waybill_no,
        description: l.description,
        ...lineMoney(l),
        credited: fen(l.credited_minor),
        dispute: l.dispute_outcome,
      })),
      creditNotes: notes.map((n) => ({
        creditNoteNo: n.credit_note_no,
        issuedAt: iso(n.issued_at)!,
        total: fen(Number(n.net_minor) + Number(n.tax_minor)),
      })),
      payments: payments.map((p) => ({
        paymentId: p.payment_id,
        amount: fen(p.amount_minor),
        allocatedAt: iso(p.allocated_at)!,
      })),
    };
  }

  creditNotes(query: z.output<typeof BillingHttp.creditNotesQuery>) {
    return listPage(
      this.dataSource,
      {
        select: 'SELECT c.*, {page} FROM credit_note c',
        filters: [
          ['c.branch = ?', query.branch],
          ['c.invoice_no = ?', query.invoiceNo],
          ['c.customer_id = ?', query.customerId],
        ],
        sortColumns: { issuedAt: 'c.issued_at' },
        idColumn: 'c.credit_note_no',
        map: creditNoteOf,
      },
      query,
    );
  }

  async creditNote(creditNoteNo: string): Promise<CreditNote> {
    const row = await oneOf<Parameters<typeof creditNoteOf>[0]>(
      this.dataSource,
      'SELECT * FROM credit_note WHERE credit_note_no = $1',
      [creditNoteNo],
    );
    if (!row) throw new NotFoundProblem(`no credit note ${creditNoteNo}`);
    return creditNoteOf(row);
  }
}
