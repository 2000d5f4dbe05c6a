import { Column, Entity } from 'typeorm';
import { Form, iso } from '../shared/form.entity';
import type { Staff } from '../shared/staff';

export type GatePassBasis = 'paid' | 'arranged' | 'after-sales' | 'processing' | 'material';

export interface GatePassPayment {
  kind: 'paid' | 'arranged';
  receiptNo: string | null;
  amountMinor: number | null;
  reference: string | null;
}

/** The gate pass (出门证) finance issues for a form whose goods leave the company (R29). */
@Entity('gate_pass')
export class GatePass extends Form {
  @Column({ name: 'document_type', type: 'text' })
  documentType: string;

  @Column({ name: 'document_id', type: 'text' })
  documentId: string;

  @Column({ type: 'text' })
  basis: GatePassBasis;

  @Column({ type: 'jsonb', nullable: true })
  payment: GatePassPayment | null;

  @Column({ type: 'jsonb' })
  lines: { itemCode: string; quantity: number }[];

  @Column({ name: 'goods_issued_at', type: 'timestamptz', nullable: true })
  goodsIssuedAt: Date | null;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;

  @Column({ name: 'exit_id', type: 'text', nullable: true })
  exitId: string | null;
}

export function gatePassView(p: GatePass) {
  return {
    id: p.id,
    branch: p.branch,
    status: p.status as 'issued' | 'goods-issued' | 'left-the-gate',
    document: { type: p.documentType, id: p.documentId },
    basis: p.basis,
    payment: p.payment,
    lines: p.lines,
    currency: 'CNY' as const,
    issuedBy: p.createdBy,
    issuedAt: p.createdAt.toISOString(),
    goodsIssuedAt: iso(p.goodsIssuedAt),
    leftAt: iso(p.leftAt),
    exitId: p.exitId,
  };
}

/** The gate guard's record of goods going out, with the pass checked or (R38) without one. */
@Entity('gate_exit')
export class GateExit extends Form {
  @Column({ name: 'gate_pass_id', type: 'text', nullable: true })
  gatePassId: string | null;

  @Column({ type: 'text', nullable: true })
  vehicle: string | null;

  @Column({ type: 'text', nullable: true })
  carrier: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'jsonb' })
  guard: Staff;

  @Column({ name: 'fine_id', type: 'text', nullable: true })
  fineId: string | null;
}

export function gateExitView(x: GateExit) {
  return {
    id: x.id,
    branch: x.branch,
    status: x.status as 'with-pass' | 'without-pass',
    gatePassId: x.gatePassId,
    withoutGatePass: x.gatePassId === null,
    vehicle: x.vehicle,
    carrier: x.carrier,
    description: x.description,
    guard: x.guard,
    recordedBy: x.createdBy,
    at: x.createdAt.toISOString(),
    fineId: x.fineId,
  };
}
