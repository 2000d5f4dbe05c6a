import { createPdf, mm, pdfBytes } from '@freight/documents';
import { DateTime } from 'luxon';
import type { Pod } from './pod.entity';
import type { ReturnBatchView } from './pod.view';

const day = (at: Date | null) =>
  at ? DateTime.fromJSDate(at, { zone: 'Asia/Shanghai' }).toFormat('yyyy-MM-dd') : '—';

/**
 * R14: the list that goes in the packet with a customer's returned PODs (or in the archive
 * folder of kept ones): the customer, the month, the courier, one line per waybill. A4, Chinese.
 */
export async function returnCoverSheet(
  company: string,
  batch: ReturnBatchView,
  pods: Pod[],
): Promise<Buffer> {
  const doc = createPdf({ size: 'A4', margin: mm(18), info: { Title: `POD return ${batch.id}` } });
  doc.fontSize(16).text(`${company} 回单退还清单 / POD return list`);
  doc.moveDown(0.5).fontSize(10);
  doc.text(`批次 Batch: ${batch.id}`);
  doc.text(`客户 Customer: ${batch.customerCompany} (${batch.customerId})`);
  doc.text(`月份 Month: ${batch.month}    网点 Branch: ${batch.branch}`);
  doc.text(
    batch.disposition === 'keep'
      ? `客户要求我司保留 Kept at the customer's request: ${batch.filedAt ?? ''}`
      : `快递 Courier: ${batch.courier ?? '待寄 not sent yet'} ${batch.courierRef ?? ''}    寄出 Sent: ${batch.sentAt?.slice(0, 10) ?? '—'}`,
  );
  doc.moveDown();
  doc.text('运单号 Waybill        签收 Delivered    回单到达 Received    存放 Filed at');
  for (const pod of pods)
    doc.text(
      `${pod.waybillNo}      ${day(pod.deliveredAt)}       ${day(pod.receivedAt)}          ${pod.filedAt ?? ''}`,
    );
  doc.moveDown().text(`共 ${pods.length} 份 / ${pods.length} POD(s)`);
  return pdfBytes(doc);
}
