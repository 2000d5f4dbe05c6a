import { Column, Entity } from 'typeorm';
import { qtyNumber } from '../shared/amounts';
import { Form, formHeader, iso } from '../shared/form.entity';
import type { Staff } from '../shared/staff';

export interface OldPart {
  itemCode: string;
  serialNo: string | null;
  description: string | null;
  returnedAt: string | null;
  receivedBy: Staff | null;
  condition: string | null;
}

/** R32: an after-sales replacement (以旧换新) — the new item out, the old one back. */
@Entity('replacement')
export class Replacement extends Form {
  @Column({ type: 'jsonb' })
  customer: { name: string; customerId: string | null };

  @Column({ name: 'item_code', type: 'text' })
  itemCode: string;

  @Column({ type: 'numeric' })
  quantity: string;

  @Column({ name: 'old_part', type: 'jsonb' })
  oldPart: OldPart;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'new_goes_first', type: 'boolean' })
  newGoesFirst: boolean;

  @Column({ name: 'approval_id', type: 'text' })
  approvalId: string;

  @Column({ name: 'gate_pass_id', type: 'text', nullable: true })
  gatePassId: string | null;

  @Column({ name: 'shipped_at', type: 'timestamptz', nullable: true })
  shippedAt: Date | null;

  /** the book value of what left: R38 4.4's fine in the second month */
  @Column({ name: 'item_value_minor', type: 'bigint', nullable: true })
  itemValueMinor: string | null;

  @Column({ name: 'old_part_due_at', type: 'timestamptz', nullable: true })
  oldPartDueAt: Date | null;

  @Column({ name: 'fine_ids', type: 'jsonb' })
  fineIds: string[];
}

export function replacementView(r: Replacement) {
  return {
    ...formHeader(r),
    customer: r.customer,
    itemCode: r.itemCode,
    quantity: qtyNumber(r.quantity),
    oldPart: r.oldPart,
    reason: r.reason,
    newGoesFirst: r.newGoesFirst,
    approvalId: r.approvalId,
    gatePassId: r.gatePassId,
    shippedAt: iso(r.shippedAt),
    itemValueMinor: r.itemValueMinor === null ? null : Number(r.itemValueMinor),
    oldPartDueAt: iso(r.oldPartDueAt),
    fineIds: r.fineIds,
  };
}
