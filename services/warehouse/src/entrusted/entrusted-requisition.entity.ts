import { Column, Entity } from 'typeorm';
import type { WarehouseItemCategory } from '@freight/contracts';
import { Form, formHeader, iso } from '../shared/form.entity';
import type { Staff } from '../shared/staff';

export interface EntrustedLine {
  category: WarehouseItemCategory;
  itemCode: string;
  name: string;
  specification: string;
  unit: string;
  quantity: number;
  unitPriceMinor: number;
  amountMinor: number;
  issuedValueMinor: number | null;
  returnedQuantity: number;
  compensatedQuantity: number;
}

export interface EntrustedReturn {
  at: string;
  by: Staff;
  invoiceNo: string | null;
  lines: {
    materialItemCode: string;
    materialQuantity: number;
    productItemCode: string;
    productQuantity: number;
    materialCostMinor: number;
    processingFeeMinor: number;
    costMinor: number;
  }[];
}

export interface CompensationList {
  at: string;
  by: Staff;
  signedBy: { name: string; title: string | null };
  signedOn: string;
  lines: { itemCode: string; quantity: number; cause: string; compensationMinor: number }[];
  totalMinor: number;
}

/** R34: the requisition (领料单) material goes out on for entrusted processing, and comes back against. */
@Entity('entrusted_requisition')
export class EntrustedRequisition extends Form {
  @Column({ type: 'text' }) processor: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt: Date;
  @Column({ type: 'text' }) purpose: string;
  @Column({ type: 'jsonb' }) requester: { name: string; title: string | null };
  @Column({ type: 'jsonb', nullable: true }) issuer: Staff | null;
  @Column({ type: 'jsonb', nullable: true }) approver: Staff | null;
  @Column({ name: 'approval_id', type: 'text' }) approvalId: string;
  @Column({ name: 'gate_pass_id', type: 'text', nullable: true }) gatePassId: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true }) issuedAt: Date | null;
  @Column({ name: 'total_minor', type: 'bigint' }) totalMinor: string;
  @Column({ type: 'jsonb' }) lines: EntrustedLine[];
  @Column({ type: 'jsonb' }) returns: EntrustedReturn[];
  @Column({ name: 'compensation_lists', type: 'jsonb' }) compensationLists: CompensationList[];
  @Column({ name: 'processor_confirmation', type: 'jsonb', nullable: true })
  processorConfirmation: {
    letterRef: string;
    confirmedBy: { name: string; title: string | null };
    confirmedOn: string;
    expectedBackOn: string | null;
    recordedBy: Staff;
  } | null;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column({ type: 'jsonb' }) overdue: string[];
}

/** What is still out at the processor, per line (R34: back, or on a compensation list). */
export const outstandingOf = (l: EntrustedLine) =>
  Math.round((l.quantity - l.returnedQuantity - l.compensatedQuantity) * 1000) / 1000;

export function entrustedRequisitionView(r: EntrustedRequisition) {
  return {
    ...formHeader(r),
    processor: r.processor,
    requestedAt: r.requestedAt.toISOString(),
    purpose: r.purpose,
    requester: r.requester,
    issuer: r.issuer,
    approver: r.approver,
    approvalId: r.approvalId,
    gatePassId: r.gatePassId,
    issuedAt: iso(r.issuedAt),
    totalMinor: Number(r.totalMinor),
    lines: r.lines.map((l) => ({ ...l, outstandingQuantity: outstandingOf(l) })),
    returns: r.returns,
    compensationLists: r.compensationLists,
    processorConfirmation: r.processorConfirmation,
    dueAt: iso(r.dueAt),
    overdue: r.overdue,
  };
}
