import { FieldProblem } from '@freight/platform';
import { taxOf } from '../shared/money.rules';
import { addDays, dateOf } from '../shared/month.rules';
import { FieldsRefused } from '../shared/fields-refused';
import { CreditExceedsLine, NoOpenDispute } from './invoice.errors';

// R24: an issued invoice is never edited. What moves afterwards are the figures around it:
// credited (credit notes against its lines) and paid (allocations of payments, R25).

export interface InvoiceFigures {
  total: number;
  credited: number;
  paid: number;
}

/** What the customer still owes on the invoice; negative when credits exceed what is unpaid. */
export const openMinor = (i: InvoiceFigures): number => i.total - i.credited - i.paid;

export function invoiceStatus(i: InvoiceFigures): 'open' | 'partially-paid' | 'paid' {
  if (openMinor(i) <= 0) return 'paid';
  return i.paid > 0 ? 'partially-paid' : 'open';
}

/** Due `creditDays` after the day of issue (China time), from the customer's terms (R25). */
export const dueDateOf = (issuedAt: Date, creditDays: number): string =>
  addDays(dateOf(issuedAt), creditDays);

/** `INV-SH01-2025` + 7 → `INV-SH01-2025-000007`: series per branch and year, gapless. */
export const documentNo = (series: string, n: number): string =>
  `${series}-${String(n).padStart(6, '0')}`;

export const seriesOf = (kind: 'INV' | 'CN' | 'PAY', branch: string, at: Date): string =>
  `${kind}-${branch}-${dateOf(at).slice(0, 4)}`;

export interface InvoiceLineForCredit {
  lineNo: number;
  amount: number;
  taxRate: number;
  tax: number;
  credited: number;
  creditedTax: number;
}

export interface CreditedLine {
  invoiceLineNo: number;
  amount: number;
  tax: number;
}

/**
 * R24: a credit note corrects lines of an issued invoice: each credit is at most what the line
 * has left (its net minus earlier credits), a line named once. The credit's tax is at the line's
 * rate, half-up, and never more than the line's tax not yet credited — so crediting a line in
 * full returns exactly its tax.
 */
export function creditLines(
  lines: ReadonlyMap<number, InvoiceLineForCredit>,
  requested: readonly { invoiceLineNo: number; amountMinor: number }[],
): CreditedLine[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<number>();
  requested.forEach((r, i) => {
    if (!lines.has(r.invoiceLineNo))
      problems.push({ field: `lines.${i}.invoiceLineNo`, message: 'no such line on the invoice' });
    else if (seen.has(r.invoiceLineNo))
      problems.push({ field: `lines.${i}.invoiceLineNo`, message: 'the line is named twice' });
    seen.add(r.invoiceLineNo);
  });
  if (problems.length > 0)
    throw new FieldsRefused('problem(s) with the invoice lines named', problems);
  return requested.map((r) => {
    const line = lines.get(r.invoiceLineNo)!;
    const left = line.amount - line.credited;
    if (r.amountMinor > left) throw new CreditExceedsLine(r.invoiceLineNo, r.amountMinor, left);
    const tax =
      r.amountMinor === left
        ? line.tax - line.creditedTax
        : Math.min(taxOf(r.amountMinor, line.taxRate), line.tax - line.creditedTax);
    return { invoiceLineNo: r.invoiceLineNo, amount: r.amountMinor, tax };
  });
}

/** A dispute is rejected (the charge stands) only while it is open. */
export function mayRejectDispute(outcome: string | null, lineNo: number): void {
  if (outcome !== 'open') throw new NoOpenDispute(lineNo);
}
