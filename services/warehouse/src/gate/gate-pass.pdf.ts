import { createPdf, mm, pdfBytes, qrPng } from '@freight/documents';
import type { GatePass } from './gate-pass.entity';
import { localDate } from '../shared/warehouse-time';

/**
 * The printed gate pass (出门证) in two parts: the pickup copy (提货联) the keeper keeps when
 * issuing, and the gate copy the guard scans (QR: the pass number) as the goods leave (R29).
 */
export async function gatePassPdf(
  pass: GatePass,
  itemNames: ReadonlyMap<string, string>,
): Promise<Buffer> {
  const doc = createPdf({ size: 'A5', margin: mm(12) });
  const qr = await qrPng(pass.id, { scale: 4 });
  for (const copy of ['提货联 pickup copy', '门卫联 gate copy']) {
    if (copy !== '提货联 pickup copy') doc.addPage();
    doc.fontSize(18).text(`出门证 Gate pass ${pass.id}`);
    doc.fontSize(10).text(copy);
    doc.moveDown();
    doc.text(`分部 Branch: ${pass.branch}    日期 Date: ${localDate(pass.createdAt)}`);
    doc.text(`单据 Form: ${pass.documentType} ${pass.documentId}    依据 Basis: ${pass.basis}`);
    doc.text(`财务 Issued by: ${pass.createdBy.username}`);
    doc.moveDown();
    for (const line of pass.lines)
      doc.text(`${line.itemCode}  ${itemNames.get(line.itemCode) ?? ''}  × ${line.quantity}`);
    doc.moveDown();
    doc.image(qr, { width: mm(30) });
  }
  return pdfBytes(doc);
}
