import { DomainError, type FieldProblem } from '@freight/platform';
import { lineAmount, yuan } from '../shared/amounts';
import type { Item } from '../stock/item.entity';
import { priceOf } from '../stock/item.entity';
import type { InboundLine, InboundSlip } from './inbound-slip.entity';

/** R27: "手续不全或单据填写不完整,不允许物资入库" — refused, naming every missing item. */
export class PaperworkIncomplete extends DomainError {
  constructor(slipId: string, problems: FieldProblem[]) {
    super(
      422,
      'paperwork-incomplete',
      `${slipId} cannot be received: ${problems.map((p) => p.message).join('; ')}`,
      {
        title: 'The paperwork is incomplete',
        errors: problems,
      },
    );
  }
}

export interface ReceiptCheck {
  goodsChecked: boolean;
  certificateChecked: boolean;
  countedQuantities?: number[];
}

const LINE_FIELDS: [keyof InboundLine, string][] = [
  ['drawingNo', 'drawing number'],
  ['name', 'product name'],
  ['quantity', 'quantity'],
  ['unitPriceMinor', 'unit price'],
  ['amountMinor', 'amount'],
  ['labourHours', 'labour hours'],
];

/** A line against the technical department's standard (3.1.1.1.1) and finance's price (3.1.1.1.2). */
function lineProblems(
  line: InboundLine,
  at: string,
  items: ReadonlyMap<string, Item>,
): FieldProblem[] {
  const problems: FieldProblem[] = LINE_FIELDS.filter(([field]) => line[field] === undefined).map(
    ([field, label]) => ({
      field: `${at}.${field}`,
      message: `${at}: the ${label} is not filled in`,
    }),
  );
  if (!line.drawingNo) return problems;
  const item = items.get(line.drawingNo);
  if (!item || item.category !== 'finished-goods')
    return [
      ...problems,
      {
        field: `${at}.drawingNo`,
        message: `${at}: ${line.drawingNo} is not a finished product of the technical department`,
      },
    ];
  if (line.name !== undefined && line.name !== item.name)
    problems.push({
      field: `${at}.name`,
      message: `${at}: "${line.name}" is not the standard name "${item.name}"`,
    });
  if ((line.specification ?? '') !== item.specification)
    problems.push({
      field: `${at}.specification`,
      message: `${at}: the specification is not the standard "${item.specification}"`,
    });
  const price = priceOf(item.standardPriceMinor);
  if (price === null)
    problems.push({
      field: `${at}.unitPriceMinor`,
      message: `${at}: finance has not given an ex-tax price for ${item.code}`,
    });
  else if (line.unitPriceMinor !== undefined && line.unitPriceMinor !== price)
    problems.push({
      field: `${at}.unitPriceMinor`,
      message: `${at}: ${yuan(line.unitPriceMinor)} is not finance's ex-tax price ${yuan(price)}`,
    });
  if (
    line.quantity !== undefined &&
    line.unitPriceMinor !== undefined &&
    line.amountMinor !== undefined
  ) {
    const expected = lineAmount(line.quantity, line.unitPriceMinor);
    if (expected !== line.amountMinor)
      problems.push({
        field: `${at}.amountMinor`,
        message: `${at}: the amount should be ${yuan(expected)}, not ${yuan(line.amountMinor)}`,
      });
  }
  return problems;
}

/**
 * R27: everything the keeper must see before goods come in — a complete slip, the workshop
 * director's signature, QC's "inspection passed", the goods counted and the certificate seen.
 */
export function paperworkProblems(
  slip: InboundSlip,
  items: ReadonlyMap<string, Item>,
  directorSigned: boolean,
  check: ReceiptCheck,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!slip.receivingUnit)
    problems.push({ field: 'receivingUnit', message: 'the receiving unit is not filled in' });
  if (!slip.slipDate) problems.push({ field: 'slipDate', message: 'the date is not filled in' });
  slip.lines.forEach((line, i) => problems.push(...lineProblems(line, `lines[${i}]`, items)));
  if (!directorSigned)
    problems.push({ field: 'directorSignature', message: 'the workshop director has not signed' });
  if (!slip.inspection)
    problems.push({ field: 'inspection', message: 'QC has not stamped it "inspection passed"' });
  if (!check.goodsChecked)
    problems.push({
      field: 'goodsChecked',
      message: 'the goods have not been checked against the slip',
    });
  if (!check.certificateChecked)
    problems.push({
      field: 'certificateChecked',
      message: 'the certificate of conformity has not been seen',
    });
  check.countedQuantities?.forEach((counted, i) => {
    const written = slip.lines[i]?.quantity;
    if (written !== undefined && counted !== written)
      problems.push({
        field: `countedQuantities[${i}]`,
        message: `lines[${i}]: ${counted} counted, the slip says ${written}`,
      });
  });
  if (check.countedQuantities && check.countedQuantities.length !== slip.lines.length)
    problems.push({
      field: 'countedQuantities',
      message: `${slip.lines.length} lines on the slip, ${check.countedQuantities.length} counted`,
    });
  return problems;
}
