import { NotFoundProblem } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { oneOf } from '../shared/sql';
import type { InvoiceRef } from './invoice.deadlines';

export interface LockedInvoice extends InvoiceRef {
  customerName: string;
  statementId: string;
  total: number;
  credited: number;
  paid: number;
}

/** The invoice's row, locked until commit (its figures move; the invoice itself never does). */
export async function lockInvoice(
  manager: EntityManager,
  invoiceNo: string,
): Promise<LockedInvoice> {
  const row = await oneOf<{
    invoice_no: string;
    branch: string;
    customer_id: string;
    customer_name: string;
    statement_id: string;
    total_minor: string;
    credited_minor: string;
    paid_minor: string;
  }>(manager, 'SELECT * FROM invoice WHERE invoice_no = $1 FOR UPDATE', [invoiceNo]);
  if (!row) throw new NotFoundProblem(`no invoice ${invoiceNo}`);
  return {
    invoiceNo: row.invoice_no,
    branch: row.branch,
    customerId: row.customer_id,
    customerName: row.customer_name,
    statementId: row.statement_id,
    total: Number(row.total_minor),
    credited: Number(row.credited_minor),
    paid: Number(row.paid_minor),
  };
}

/** Lines of the invoice's statement whose dispute is still open. */
export async function openDisputes(manager: EntityManager, statementId: string): Promise<number> {
  const row = await oneOf<{ n: number }>(
    manager,
    `SELECT count(*)::int AS n FROM statement_line
      WHERE statement_id = $1 AND dispute_outcome = 'open'`,
    [statementId],
  );
  return row?.n ?? 0;
}

/** A line of an invoice (or of the statement it is issued from) as the database holds it. */
export interface InvoiceLineRow {
  line_no: number;
  waybill_no: string;
  description: string;
  amount_minor: string;
  tax_rate: string;
  tax_minor: string;
  credited_minor: string;
  credited_tax_minor: string;
  dispute_outcome: 'open' | 'credited' | 'rejected' | null;
}
