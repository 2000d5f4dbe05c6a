import type { KnownOutgoingEvent } from '@freight/messaging';
import type { Tx } from '@freight/platform';
import { randomUUID } from 'node:crypto';
import type { CustomerRef } from '../customers/customer-accounts';
import { paymentSettled } from '../invoices/invoice.deadlines';
import { fen } from '../shared/money.rules';
import { rowsOf } from '../shared/sql';
import type { Allocation, OpenInvoice } from './payment.rules';

/**
 * The customer's invoices with something open, oldest due first, locked: a payment and a credit
 * note on one invoice take turns, and each allocates against what the other committed.
 */
export async function lockOpenInvoices(tx: Tx, customerId: string): Promise<OpenInvoice[]> {
  const rows = await rowsOf<{ invoice_no: string; open: string }>(
    tx.manager,
    `SELECT invoice_no, total_minor - credited_minor - paid_minor AS open FROM invoice
      WHERE customer_id = $1 AND total_minor - credited_minor - paid_minor > 0
      ORDER BY due_date, issued_at, invoice_no FOR UPDATE`,
    [customerId],
  );
  return rows.map((r) => ({ invoiceNo: r.invoice_no, open: Number(r.open) }));
}

/**
 * Records allocations of a payment, moves the invoices' paid figures, and tells finance of each
 * (`billing.payment.allocated`, keyed by the invoice); a settled invoice's payment clock stops.
 */
export async function applyAllocations(
  tx: Tx,
  paymentId: string,
  customer: CustomerRef,
  allocations: readonly Allocation[],
  open: readonly OpenInvoice[],
  now: Date,
): Promise<KnownOutgoingEvent[]> {
  const events: KnownOutgoingEvent[] = [];
  const openOf = new Map(open.map((i) => [i.invoiceNo, i.open]));
  for (const a of allocations) {
    const allocationId = randomUUID();
    await tx.manager.query(
      `INSERT INTO allocation (id, payment_id, invoice_no, amount_minor, allocated_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [allocationId, paymentId, a.invoiceNo, a.amount, now],
    );
    await tx.manager.query(
      'UPDATE invoice SET paid_minor = paid_minor + $2 WHERE invoice_no = $1',
      [a.invoiceNo, a.amount],
    );
    const left = openOf.get(a.invoiceNo)! - a.amount;
    events.push({
      type: 'billing.payment.allocated',
      branch: customer.branch,
      data: {
        allocationId,
        paymentId,
        invoiceNo: a.invoiceNo,
        customer: { customerId: customer.customerId, name: customer.name },
        branch: customer.branch,
        amount: fen(a.amount),
        invoiceOpen: fen(left),
        allocatedAt: now.toISOString(),
      },
    });
    if (left <= 0)
      events.push(
        paymentSettled({
          invoiceNo: a.invoiceNo,
          branch: customer.branch,
          customerId: customer.customerId,
        }),
      );
  }
  return events;
}
