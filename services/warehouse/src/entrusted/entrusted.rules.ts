import { DomainError, type FieldProblem } from '@freight/platform';
import { lineAmount, shareOf, yuan } from '../shared/amounts';
import type { Item } from '../stock/item.entity';
import { outstandingOf, type EntrustedLine } from './entrusted-requisition.entity';

export class RequisitionIncomplete extends DomainError {
  constructor(problems: FieldProblem[]) {
    super(422, 'requisition-incomplete', problems.map((p) => p.message).join('; '), {
      errors: problems,
    });
  }
}

export class ExceedsOutstanding extends DomainError {
  constructor(detail: string) {
    super(409, 'exceeds-outstanding', detail, { title: 'More than is out at the processor' });
  }
}

type NewLine = Omit<EntrustedLine, 'issuedValueMinor' | 'returnedQuantity' | 'compensatedQuantity'>;

/** R34: the requisition's lines as the catalogue knows them, amount = quantity × unit price. */
export function requisitionProblems(
  lines: NewLine[],
  items: ReadonlyMap<string, Item>,
): FieldProblem[] {
  return lines.flatMap((l, i) => {
    const item = items.get(l.itemCode)!;
    const at = `lines[${i}]`;
    const problems: FieldProblem[] = [];
    if (l.category !== item.category)
      problems.push({
        field: `${at}.category`,
        message: `${at}: ${item.code} is ${item.category}`,
      });
    if (l.name !== item.name)
      problems.push({ field: `${at}.name`, message: `${at}: ${item.code} is "${item.name}"` });
    if (l.unit !== item.unit)
      problems.push({
        field: `${at}.unit`,
        message: `${at}: ${item.code} is counted in ${item.unit}`,
      });
    const amount = lineAmount(l.quantity, l.unitPriceMinor);
    if (amount !== l.amountMinor)
      problems.push({
        field: `${at}.amountMinor`,
        message: `${at}: the amount is ${yuan(amount)}`,
      });
    return problems;
  });
}

/**
 * Takes `quantity` of `itemCode` off what is out at the processor (returned or compensated),
 * or refuses with what is left. Returns the material's share of the value that went out.
 */
export function takeOutstanding(
  lines: EntrustedLine[],
  itemCode: string,
  quantity: number,
  as: 'returnedQuantity' | 'compensatedQuantity',
): number {
  const line = lines.find((l) => l.itemCode === itemCode);
  if (!line) throw new ExceedsOutstanding(`${itemCode} is not on this requisition`);
  const left = outstandingOf(line);
  if (quantity > left + 1e-9)
    throw new ExceedsOutstanding(
      `${itemCode}: ${left} ${line.unit} out at the processor, ${quantity} given`,
    );
  line[as] = Math.round((line[as] + quantity) * 1000) / 1000;
  return shareOf(line.issuedValueMinor ?? line.amountMinor, quantity, line.quantity);
}

/** R34: the requisition is done when nothing is out any more. */
export const allBack = (lines: EntrustedLine[]) => lines.every((l) => outstandingOf(l) <= 0);
