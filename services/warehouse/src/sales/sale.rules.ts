import { DomainError } from '@freight/platform';
import Decimal from 'decimal.js';
import { lineAmount, yuan } from '../shared/amounts';
import { FormStateConflict } from '../shared/form-state';
import type { Item } from '../stock/item.entity';
import { priceOf } from '../stock/item.entity';
import type { QcClearance } from './qc-clearance.entity';
import type { Sale, SaleLine } from './sale.entity';

export class QcNotCleared extends DomainError {
  constructor(problems: { field: string; message: string }[]) {
    super(
      409,
      'qc-not-cleared',
      `QC has not cleared these goods for sale: ${problems.map((p) => p.message).join('; ')}`,
      {
        title: 'QC has not cleared the goods',
        errors: problems,
      },
    );
  }
}

export class SaleNotPaid extends DomainError {
  constructor(id: string, detail: string) {
    super(409, 'sale-not-paid', `no gate pass for ${id}: ${detail} (R29, R30)`, {
      title: 'The sale is not paid',
    });
  }
}

export interface NewSaleLine {
  itemCode: string;
  quantity: number;
  unitPriceMinor: number;
  qcClearanceId: string;
}

/**
 * R29: every line stands on QC's clearance of that item (passed, in this branch, enough of it
 * left); R30: a retail price under the company minimum is marked for the general manager.
 */
export function saleLines(
  branch: string,
  kind: 'contract' | 'retail',
  lines: NewSaleLine[],
  clearances: ReadonlyMap<string, QcClearance>,
  items: ReadonlyMap<string, Item>,
): SaleLine[] {
  const problems: { field: string; message: string }[] = [];
  const used = new Map<string, Decimal>();
  lines.forEach((line, i) => {
    const c = clearances.get(line.qcClearanceId);
    const at = `lines[${i}].qcClearanceId`;
    const taken = (used.get(line.qcClearanceId) ?? new Decimal(0)).plus(line.quantity);
    used.set(line.qcClearanceId, taken);
    if (!c || c.branch !== branch)
      problems.push({ field: at, message: `no QC clearance ${line.qcClearanceId} in ${branch}` });
    else if (c.result !== 'passed')
      problems.push({ field: at, message: `${c.id} found a quality problem (${c.reportNo})` });
    else if (c.itemCode !== line.itemCode)
      problems.push({ field: at, message: `${c.id} cleared ${c.itemCode}, not ${line.itemCode}` });
    else if (taken.greaterThan(c.remaining))
      problems.push({
        field: at,
        message: `${c.id} has ${Number(c.remaining)} cleared, ${taken.toNumber()} asked`,
      });
  });
  if (problems.length > 0) throw new QcNotCleared(problems);
  return lines.map((line) => {
    const item = items.get(line.itemCode)!;
    const minimum = priceOf(item.minimumPriceMinor);
    return {
      ...line,
      name: item.name,
      unit: item.unit,
      amountMinor: lineAmount(line.quantity, line.unitPriceMinor),
      belowMinimum: kind === 'retail' && minimum !== null && line.unitPriceMinor < minimum,
    };
  });
}

/** R30: how far below the company minimum the retail lines go, in fen (the approval's stake). */
export function belowMinimumBy(lines: SaleLine[], items: ReadonlyMap<string, Item>): number {
  return lines
    .filter((l) => l.belowMinimum)
    .reduce(
      (sum, l) =>
        sum +
        lineAmount(
          l.quantity,
          priceOf(items.get(l.itemCode)!.minimumPriceMinor)! - l.unitPriceMinor,
        ),
      0,
    );
}

export type Payment =
  | { kind: 'paid'; receiptNo: string; amountMinor: number }
  | { kind: 'arranged'; reference: string };

/** R29/R30: finance issues the gate pass only once the sale is paid (retail) or paid or arranged. */
export function checkSalePayment(sale: Sale, payment: Payment | undefined): void {
  if (sale.status === 'awaiting-price-approval')
    throw new FormStateConflict(
      sale.id,
      sale.status,
      'issue a gate pass',
      'below the company minimum price: the general manager has not approved (R30)',
    );
  if (sale.status !== 'awaiting-gate-pass')
    throw new FormStateConflict(sale.id, sale.status, 'issue a gate pass');
  checkPayment(sale.id, sale.kind, Number(sale.totalMinor), payment);
}

/** Goods sold leave paid, or arranged (contract terms); retail only paid (R29, R30, R37). */
export function checkPayment(
  id: string,
  kind: 'contract' | 'retail',
  totalMinor: number,
  payment: Payment | undefined,
): void {
  if (!payment) throw new SaleNotPaid(id, 'it is neither paid nor arranged');
  if (payment.kind === 'arranged' && kind === 'retail')
    throw new SaleNotPaid(id, 'a retail sale is paid before the goods are released');
  if (payment.kind === 'paid' && payment.amountMinor < totalMinor)
    throw new SaleNotPaid(id, `${yuan(payment.amountMinor)} paid of ${yuan(totalMinor)}`);
}

/** R29: the buyer-signed issue list comes back with the quantities that left. */
export class IssueListMismatch extends DomainError {
  constructor(sale: Sale) {
    super(
      422,
      'issue-list-mismatch',
      `the signed issue list ${sale.issueList.no} does not match ${sale.id}: check it with the buyer first`,
      {
        errors: [
          { field: 'quantitiesMatch', message: 'the signed quantities differ from the slip' },
        ],
      },
    );
  }
}
