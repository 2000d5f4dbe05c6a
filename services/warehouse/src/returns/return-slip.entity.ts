import { Column, Entity } from 'typeorm';
import type { Inspection } from '../inbound/inbound-slip.entity';
import { Form, formHeader, iso } from '../shared/form.entity';
import type { Staff } from '../shared/staff';

/** R31: goods a buyer sent back (退库), inspected by QC before they are booked back in. */
@Entity('return_slip')
export class ReturnSlip extends Form {
  @Column({ name: 'sale_id', type: 'text', nullable: true })
  saleId: string | null;

  @Column({ type: 'jsonb' })
  buyer: { name: string; customerId: string | null };

  @Column({ name: 'returned_on', type: 'date' })
  returnedOn: string;

  @Column({ type: 'jsonb' })
  lines: { itemCode: string; quantity: number; reason: string }[];

  @Column({ type: 'jsonb', nullable: true })
  inspection: Inspection | null;

  @Column({ name: 'handling_report', type: 'jsonb', nullable: true })
  handlingReport: { proposal: string; disposition: string; by: Staff; at: string } | null;

  @Column({ name: 'approval_id', type: 'text', nullable: true })
  approvalId: string | null;

  @Column({ name: 'booked_at', type: 'timestamptz', nullable: true })
  bookedAt: Date | null;

  @Column({ name: 'booked_late', type: 'boolean' })
  bookedLate: boolean;

  @Column({ type: 'jsonb', nullable: true })
  accounting: { reference: string; by: Staff; at: string } | null;
}

export function returnView(r: ReturnSlip) {
  return {
    ...formHeader(r),
    saleId: r.saleId,
    buyer: r.buyer,
    returnedOn: r.returnedOn,
    lines: r.lines,
    inspection: r.inspection,
    handlingReport: r.handlingReport,
    approvalId: r.approvalId,
    bookedAt: iso(r.bookedAt),
    bookedLate: r.bookedLate,
    accounting: r.accounting,
  };
}
