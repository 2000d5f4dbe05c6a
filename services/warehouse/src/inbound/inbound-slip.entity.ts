import { Column, Entity } from 'typeorm';
import { Form, formHeader, iso } from '../shared/form.entity';
import type { Staff } from '../shared/staff';

export interface InboundLine {
  drawingNo?: string;
  name?: string;
  specification?: string;
  quantity?: number;
  unitPriceMinor?: number;
  amountMinor?: number;
  labourHours?: number;
}

export interface Inspection {
  result: string;
  reportNo: string;
  findings: string | null;
  by: Staff;
  at: string;
}

/** R27: the finished-goods inbound slip (产成品入库单), as the workshop wrote it. */
@Entity('inbound_slip')
export class InboundSlip extends Form {
  @Column({ name: 'receiving_unit', type: 'text', nullable: true })
  receivingUnit: string | null;

  @Column({ name: 'slip_date', type: 'date', nullable: true })
  slipDate: string | null;

  @Column({ type: 'jsonb' })
  lines: InboundLine[];

  @Column({ name: 'approval_id', type: 'text' })
  approvalId: string;

  @Column({ name: 'director_signature', type: 'jsonb', nullable: true })
  directorSignature: { by: Staff; at: string } | null;

  @Column({ type: 'jsonb', nullable: true })
  inspection: Inspection | null;

  @Column({ type: 'jsonb', nullable: true })
  receipt: { by: Staff; at: string; movementSeqs: number[] } | null;
}

export function inboundSlipView(s: InboundSlip) {
  return {
    ...formHeader(s),
    receivingUnit: s.receivingUnit,
    slipDate: s.slipDate,
    lines: s.lines.map((l) => ({
      drawingNo: l.drawingNo ?? null,
      name: l.name ?? null,
      specification: l.specification ?? null,
      quantity: l.quantity ?? null,
      unitPriceMinor: l.unitPriceMinor ?? null,
      amountMinor: l.amountMinor ?? null,
      labourHours: l.labourHours ?? null,
    })),
    approvalId: s.approvalId,
    directorSignature: s.directorSignature,
    inspection: s.inspection,
    receipt: s.receipt,
  };
}

export { iso };
