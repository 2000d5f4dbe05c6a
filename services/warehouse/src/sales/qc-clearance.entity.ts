import { Column, Entity } from 'typeorm';
import { qtyNumber } from '../shared/amounts';
import { Form } from '../shared/form.entity';

/** R29: QC finds no quality problem with goods for sale (质量检查部门认定无质量问题). */
@Entity('qc_clearance')
export class QcClearance extends Form {
  @Column({ name: 'item_code', type: 'text' })
  itemCode: string;

  @Column({ type: 'numeric' })
  quantity: string;

  /** not yet on an outbound slip */
  @Column({ type: 'numeric' })
  remaining: string;

  @Column({ type: 'text' })
  result: 'passed' | 'failed';

  @Column({ name: 'report_no', type: 'text' })
  reportNo: string;

  @Column({ type: 'text', nullable: true })
  findings: string | null;
}

export function qcClearanceView(c: QcClearance) {
  return {
    id: c.id,
    branch: c.branch,
    itemCode: c.itemCode,
    quantity: qtyNumber(c.quantity),
    remainingQuantity: qtyNumber(c.remaining),
    status: c.status as 'open' | 'used-up' | 'failed',
    result: c.result,
    reportNo: c.reportNo,
    findings: c.findings,
    inspectedBy: c.createdBy,
    inspectedAt: c.createdAt.toISOString(),
  };
}
