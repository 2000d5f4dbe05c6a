import { FieldProblem } from '@freight/platform';
import { sum } from '../shared/money.rules';
import {
  AllocationExceedsCredit,
  AllocationExceedsOpen,
  OverpaymentUndecided,
} from './payment.errors';
import { FieldsRefused } from '../shared/fields-refused';

// R25: a payment is allocated to the customer's open invoices — as finance says, or the oldest
// due first. Part of an invoice may be paid (it stays open for the rest); what is left over is
// kept as the customer's credit only when finance says so; otherwise the payment is refused.

export interface OpenInvoice {
  invoiceNo: string;
  open: number;
}

export interface Allocation {
  invoiceNo: string;
  amount: number;
}

/** Oldest first (the caller orders them by due date): each gets what is open, until none left. */
export function allocateOldestFirst(amount: number, open: readonly OpenInvoice[]): Allocation[] {
  const allocations: Allocation[] = [];
  let left = amount;
  for (const invoice of open) {
    if (left <= 0) break;
    const share = Math.min(left, invoice.open);
    if (share > 0) allocations.push({ invoiceNo: invoice.invoiceNo, amount: share });
    left -= share;
  }
  return allocations;
}

/** Allocations named by finance: the customer's open invoices, each once, within what is open. */
export function checkAllocations(
  requested: readonly Allocation[],
  open: readonly OpenInvoice[],
): void {
  const byNo = new Map(open.map((i) => [i.invoiceNo, i]));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  requested.forEach((a, i) => {
    if (!byNo.has(a.invoiceNo))
      problems.push({
        field: `allocations.${i}.invoiceNo`,
        message: 'not an open invoice of this customer',
      });
    else if (seen.has(a.invoiceNo))
      problems.push({ field: `allocations.${i}.invoiceNo`, message: 'named twice' });
    seen.add(a.invoiceNo);
  });
  if (problems.length > 0) throw new FieldsRefused('problem(s) with the allocations', problems);
  for (const a of requested) {
    const invoice = byNo.get(a.invoiceNo)!;
    if (a.amount > invoice.open)
      throw new AllocationExceedsOpen(a.invoiceNo, a.amount, invoice.open);
  }
}

export function allocatePayment(
  payment: { amount: number; keepAsCredit: boolean },
  open: readonly OpenInvoice[],
  requested?: readonly Allocation[],
): { allocations: Allocation[]; unapplied: number } {
  let allocations: Allocation[];
  if (requested) {
    checkAllocations(requested, open);
    allocations = [...requested];
    if (sum(allocations.map((a) => a.amount)) > payment.amount)
      throw new FieldsRefused('problem(s) with the allocations', [
        { field: 'allocations', message: 'the allocations add up to more than the payment' },
      ]);
  } else allocations = allocateOldestFirst(payment.amount, open);
  const unapplied = payment.amount - sum(allocations.map((a) => a.amount));
  if (unapplied > 0 && !payment.keepAsCredit) throw new OverpaymentUndecided(unapplied);
  return { allocations, unapplied };
}

/** Credit kept from an earlier payment, applied later: never more than is left of it. */
export function allocateCredit(
  credit: number,
  open: readonly OpenInvoice[],
  requested: readonly Allocation[],
): number {
  checkAllocations(requested, open);
  const asked = sum(requested.map((a) => a.amount));
  if (asked > credit) throw new AllocationExceedsCredit(asked, credit);
  return credit - asked;
}
