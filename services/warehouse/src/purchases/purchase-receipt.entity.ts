import { Column, Entity } from 'typeorm';
import type { Inspection } from '../inbound/inbound-slip.entity';
import { Form, formHeader } from '../shared/form.entity';
import type { Staff } from '../shared/staff';

export interface PricedLine {
  itemCode: string;
  quantity: number;
  unitPriceMinor: number;
  amountMinor: number;
}

/**
 * R35: purchased materials — the acceptance notice (外购物资验收通知单) the purchaser filled and QC
 * stamped, then the receipt against the supplier invoice, or provisionally (暂估入库) without it.
 */
@Entity('purchase_receipt')
export class PurchaseReceipt extends Form {
  @Column({ name: 'notice_no', type: 'text' }) noticeNo: string;
  @Column({ type: 'text' }) supplier: string;
  @Column({ type: 'text' }) purchaser: string;
  @Column({ type: 'jsonb' }) lines: { itemCode: string; quantity: number }[];
  @Column({ type: 'jsonb', nullable: true }) inspection: Inspection | null;

  @Column({ type: 'jsonb', nullable: true })
  provisional: {
    basis: 'book' | 'market';
    lines: PricedLine[];
    bookedOn: string;
    bookedAt: string;
    by: Staff;
    movementSeqs: number[];
  } | null;

  @Column({ type: 'jsonb', nullable: true })
  receipt: {
    invoiceNo: string;
    invoiceDate: string;
    lines: PricedLine[];
    bookedAt: string;
    by: Staff;
    movementSeqs: number[];
    reversalSeqs: number[];
  } | null;
}

export function purchaseReceiptView(p: PurchaseReceipt) {
  return {
    ...formHeader(p),
    noticeNo: p.noticeNo,
    supplier: p.supplier,
    purchaser: p.purchaser,
    lines: p.lines,
    inspection: p.inspection,
    provisional: p.provisional,
    receipt: p.receipt,
  };
}
