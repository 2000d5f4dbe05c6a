import type { EventData } from '@freight/contracts';
import type { Tx } from '@freight/platform';
import { fen, lineMoney, sum } from '../shared/money.rules';
import { rowsOf } from '../shared/sql';
import { armDisputes, armPayment } from './invoice.deadlines';
import { dueDateOf, seriesOf } from './invoice.rules';
import type { InvoiceLineRow } from './invoice.store';
import { nextDocumentNo } from './number-series';

export interface ConfirmedStatement {
  id: string;
  branch: string;
  customerId: string;
  customerName: string;
  creditDays: number;
  month: string;
}

/**
 * R24: the invoice issued the moment the customer confirms — in the confirmation's own
 * transaction, with the next number of the branch's series, every line of the checked statement
 * (disputed ones too: they are corrected by credit notes, never by editing the invoice), and
 * `billing.invoice.issued` for finance in the same commit. Arms the payment deadline (R25) and,
 * with disputed lines, the deadline to settle them.
 */
export async function issueInvoice(
  tx: Tx,
  statement: ConfirmedStatement,
  now: Date,
): Promise<string> {
  const invoiceNo = await nextDocumentNo(tx.manager, seriesOf('INV', statement.branch, now));
  const lines = await rowsOf<Omit<InvoiceLineRow, 'credited_minor' | 'credited_tax_minor'>>(
    tx.manager,
    `SELECT line_no, waybill_no, description, amount_minor, tax_rate, tax_minor, dispute_outcome
       FROM statement_line WHERE statement_id = $1 ORDER BY line_no`,
    [statement.id],
  );
  const net = sum(lines.map((l) => Number(l.amount_minor)));
  const tax = sum(lines.map((l) => Number(l.tax_minor)));
  const dueDate = dueDateOf(now, statement.creditDays);
  await tx.manager.query(
    `INSERT INTO invoice (invoice_no, statement_id, branch, customer_id, customer_name, period,
        issued_at, due_date, credit_days, net_minor, tax_minor, total_minor)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      invoiceNo,
      statement.id,
      statement.branch,
      statement.customerId,
      statement.customerName,
      `${statement.month}-01`,
      now,
      dueDate,
      statement.creditDays,
      net,
      tax,
      net + tax,
    ],
  );
  await tx.manager.query(
    `INSERT INTO invoice_line (invoice_no, line_no, statement_line, waybill_no, description,
        amount_minor, tax_rate, tax_minor)
     SELECT $1, line_no, line_no, waybill_no, description, amount_minor, tax_rate, tax_minor
       FROM statement_line WHERE statement_id = $2`,
    [invoiceNo, statement.id],
  );
  const disputed = lines.filter((l) => l.dispute_outcome === 'open').map((l) => l.line_no);
  const ref = { invoiceNo, branch: statement.branch, customerId: statement.customerId };
  const issued: EventData<'billing.invoice.issued'> = {
    invoiceNo,
    customer: { customerId: statement.customerId, name: statement.customerName },
    branch: statement.branch,
    billingPeriod: statement.month,
    reconciliationId: statement.id,
    issuedAt: now.toISOString(),
    dueDate,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      waybillNo: l.waybill_no,
      description: l.description,
      ...lineMoney(l),
    })),
    net: fen(net),
    tax: fen(tax),
    total: fen(net + tax),
    creditDays: statement.creditDays,
    disputedLineNos: disputed,
  };
  await tx.publish([
    { type: 'billing.invoice.issued', data: issued, branch: statement.branch },
    armPayment(ref, dueDate),
    ...(disputed.length > 0 ? [armDisputes(ref, now)] : []),
  ]);
  return invoiceNo;
}
