import type { EntityManager } from 'typeorm';
import { fen, sum } from '../shared/money.rules';
import { daysBetween } from '../shared/month.rules';
import { isoDate, oneOf, rowsOf } from '../shared/sql';
import { ageingOf } from './ageing.rules';

/** A customer's receivables on a day (R25): open invoices with their age, credit, ageing. */
export async function receivablesOf(
  db: Pick<EntityManager, 'query'>,
  customerId: string,
  asOf: string,
) {
  const rows = await rowsOf<{
    invoice_no: string;
    issued_on: string;
    due_date: Date | string;
    total_minor: string;
    open: string;
  }>(
    db,
    `SELECT invoice_no, (issued_at AT TIME ZONE 'Asia/Shanghai')::date::text AS issued_on,
            due_date, total_minor, total_minor - credited_minor - paid_minor AS open
       FROM invoice
      WHERE customer_id = $1 AND total_minor - credited_minor - paid_minor > 0
      ORDER BY issued_at, invoice_no`,
    [customerId],
  );
  const credit = await oneOf<{ credit: string }>(
    db,
    'SELECT COALESCE(sum(unapplied_minor), 0) AS credit FROM payment WHERE customer_id = $1',
    [customerId],
  );
  const openInvoices = rows.map((r) => ({
    invoiceNo: r.invoice_no,
    issuedOn: r.issued_on,
    dueDate: isoDate(r.due_date),
    total: fen(r.total_minor),
    open: fen(r.open),
    daysOutstanding: Math.max(0, daysBetween(r.issued_on, asOf)),
  }));
  const opens = openInvoices.map((i) => i.open.amountMinor);
  return {
    openInvoices,
    openTotal: fen(sum(opens)),
    overdue: fen(sum(openInvoices.filter((i) => i.dueDate < asOf).map((i) => i.open.amountMinor))),
    credit: fen(credit?.credit ?? 0),
    ageing: ageingOf(
      openInvoices.map((i) => ({ open: i.open.amountMinor, daysOutstanding: i.daysOutstanding })),
    ),
  };
}
