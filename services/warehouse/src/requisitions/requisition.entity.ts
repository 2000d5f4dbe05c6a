import { Column, Entity } from 'typeorm';
import { Form, formHeader, iso } from '../shared/form.entity';
import type { Staff } from '../shared/staff';

export type RequisitionPurpose = 'production' | 'outside-sale' | 'after-sales';

/** R36/R37: a requisition (领料单) — for production against the plan, or material leaving the company. */
@Entity('requisition')
export class Requisition extends Form {
  @Column({ type: 'text' }) purpose: RequisitionPurpose;
  @Column({ type: 'text', nullable: true }) workshop: string | null;
  @Column({ name: 'plan_ref', type: 'text', nullable: true }) planRef: string | null;
  @Column({ type: 'text' }) use: string;
  @Column({ type: 'boolean' }) custody: boolean;
  @Column({ type: 'jsonb', nullable: true }) buyer: {
    name: string;
    customerId: string | null;
  } | null;
  @Column({ type: 'jsonb' })
  lines: {
    itemCode: string;
    name: string;
    unit: string;
    quantity: number;
    bookValueMinor: number | null;
  }[];
  @Column({ name: 'approval_id', type: 'text' }) approvalId: string;
  @Column({ type: 'jsonb', nullable: true }) approver: Staff | null;
  @Column({ name: 'gate_pass_id', type: 'text', nullable: true }) gatePassId: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true }) issuedAt: Date | null;
  @Column({ type: 'jsonb', nullable: true }) issuer: Staff | null;
}

export function requisitionView(r: Requisition) {
  return {
    ...formHeader(r),
    purpose: r.purpose,
    workshop: r.workshop,
    planRef: r.planRef,
    use: r.use,
    custody: r.custody,
    buyer: r.buyer,
    lines: r.lines,
    approvalId: r.approvalId,
    approver: r.approver,
    gatePassId: r.gatePassId,
    issuedAt: iso(r.issuedAt),
    issuer: r.issuer,
  };
}

/** Material leaves the company only on these purposes (R37): through the gate, with a pass. */
export const leavesTheCompany = (r: Requisition) => r.purpose !== 'production';
