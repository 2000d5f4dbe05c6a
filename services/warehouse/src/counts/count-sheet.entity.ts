import { Column, Entity } from 'typeorm';
import { Form, iso } from '../shared/form.entity';
import type { Staff } from '../shared/staff';

export interface CountSummary {
  lines: number;
  counted: number;
  variances: number;
  ledgerCardMismatches: number;
  idle: number;
}

/** R28: the daily count sheet of one category in a branch; its lines are in count_line. */
@Entity('count_sheet')
export class CountSheet extends Form {
  @Column({ type: 'text' }) category: string;
  @Column({ name: 'count_date', type: 'date' }) countDate: string;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'closed_by', type: 'jsonb', nullable: true }) closedBy: Staff | null;
  @Column({ type: 'jsonb', nullable: true }) summary: CountSummary | null;
}

export interface CountLineRow {
  item_code: string;
  name: string;
  unit: string;
  counted_quantity: string | null;
  ledger_quantity: string | null;
  card_quantity: string | null;
  idle_since: Date | null;
}

const num = (v: string | null) => (v === null ? null : Number(v));

export function countLineView(r: CountLineRow, closed: boolean) {
  // a closed sheet keeps ledger and card only where they differ from the count: elsewhere all three agree
  const agrees = closed && r.card_quantity === null;
  const card = agrees ? num(r.counted_quantity) : num(r.card_quantity);
  const counted = num(r.counted_quantity);
  return {
    itemCode: r.item_code,
    name: r.name,
    unit: r.unit,
    countedQuantity: counted,
    ledgerQuantity: agrees ? counted : num(r.ledger_quantity),
    cardQuantity: card,
    varianceQuantity:
      counted === null || card === null ? null : Math.round((counted - card) * 1000) / 1000,
    idleSince: iso(r.idle_since),
  };
}

export function countSheetView(s: CountSheet, lines?: CountLineRow[]) {
  return {
    id: s.id,
    branch: s.branch,
    status: s.status as 'open' | 'closed',
    category: s.category,
    countDate: s.countDate,
    createdAt: s.createdAt.toISOString(),
    createdBy: s.createdBy,
    closedAt: iso(s.closedAt),
    closedBy: s.closedBy,
    summary: s.summary ?? { lines: 0, counted: 0, variances: 0, ledgerCardMismatches: 0, idle: 0 },
    ...(lines ? { lines: lines.map((l) => countLineView(l, s.status === 'closed')) } : {}),
  };
}
