import { Column, Entity } from 'typeorm';
import { Form, formHeader } from '../shared/form.entity';

export type AdjustmentKind = 'count-variance' | 'scrap' | 'idle-write-off';

/** R28: clearing count variances, scrap or long-idle stock from the books — only with approval. */
@Entity('stock_adjustment')
export class StockAdjustment extends Form {
  @Column({ type: 'text' }) kind: AdjustmentKind;
  @Column({ name: 'count_sheet_id', type: 'text', nullable: true }) countSheetId: string | null;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'jsonb' }) lines: {
    itemCode: string;
    quantity: number;
    estimatedValueMinor: number;
  }[];
  @Column({ name: 'approval_id', type: 'text' }) approvalId: string;
  @Column({ name: 'movement_seqs', type: 'jsonb' }) movementSeqs: number[];
}

export function stockAdjustmentView(a: StockAdjustment) {
  return {
    ...formHeader(a),
    kind: a.kind,
    countSheetId: a.countSheetId,
    reason: a.reason,
    lines: a.lines,
    approvalId: a.approvalId,
    movementSeqs: a.movementSeqs,
  };
}
