import { Column, Entity } from 'typeorm';
import { Form, formHeader, iso } from '../shared/form.entity';
import type { Staff } from '../shared/staff';

export interface SaleLine {
  itemCode: string;
  name: string;
  unit: string;
  quantity: number;
  unitPriceMinor: number;
  amountMinor: number;
  qcClearanceId: string;
  belowMinimum: boolean;
}

export interface IssueList {
  no: string;
  signedBy: { name: string; title: string | null } | null;
  signedOn: string | null;
  stamped: boolean | null;
  returnedAt: string | null;
  handedToFinanceAt: string | null;
}

export interface Buyer {
  name: string;
  customerId: string | null;
  contact: string | null;
  phone: string | null;
}

/** R29: the outbound slip (产品出库单) of a sale with its issue list (收发清单). */
@Entity('sale')
export class Sale extends Form {
  @Column({ type: 'text' })
  kind: 'contract' | 'retail';

  @Column({ type: 'jsonb' })
  buyer: Buyer;

  @Column({ type: 'jsonb' })
  lines: SaleLine[];

  @Column({ name: 'total_minor', type: 'bigint' })
  totalMinor: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'price_approval_id', type: 'text', nullable: true })
  priceApprovalId: string | null;

  @Column({ name: 'gate_pass_id', type: 'text', nullable: true })
  gatePassId: string | null;

  @Column({ name: 'issue_list', type: 'jsonb' })
  issueList: IssueList;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  settlement: {
    invoiceNo: string;
    amountMinor: number;
    settledAt: string;
    by: Staff;
    late: boolean;
  } | null;

  @Column({ type: 'jsonb' })
  overdue: string[];
}

export function saleView(s: Sale) {
  return {
    ...formHeader(s),
    kind: s.kind,
    buyer: s.buyer,
    lines: s.lines,
    totalMinor: Number(s.totalMinor),
    note: s.note,
    salesperson: s.createdBy,
    priceApprovalId: s.priceApprovalId,
    gatePassId: s.gatePassId,
    issueList: s.issueList,
    issuedAt: iso(s.issuedAt),
    leftAt: iso(s.leftAt),
    settlement: s.settlement,
    overdue: s.overdue,
  };
}
