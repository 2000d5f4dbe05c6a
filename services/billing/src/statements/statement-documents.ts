import { BillingHttp } from '@freight/contracts';
import { createPdf, mm, pdfBytes, tableFile } from '@freight/documents';
import type { z } from 'zod';
import { yuan } from '../shared/money.rules';

type Statement = z.output<typeof BillingHttp.statementView>;

// R24: the statement as the customer receives it — a PDF to read and an XLSX to reconcile in
// their own books, both in Chinese with the figures of the checked statement.

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** `statement-CUST-SH-0001-2025-03.pdf` */
export const statementFileName = (s: Statement, ext: 'pdf' | 'xlsx') =>
  `statement-${s.customer.customerId}-${s.period}.${ext}`;

const COLUMNS = [
  { header: '序号', width: 30, value: (l: Statement['lines'][number]) => String(l.lineNo ?? '') },
  { header: '运单号', width: 90, value: (l: Statement['lines'][number]) => l.waybillNo },
  { header: '托运日期', width: 70, value: (l: Statement['lines'][number]) => l.serviceDate },
  { header: '费用项目', width: 150, value: (l: Statement['lines'][number]) => l.description },
  {
    header: '金额(不含税)',
    width: 70,
    value: (l: Statement['lines'][number]) => yuan(l.amount.amountMinor),
  },
  { header: '税率', width: 35, value: (l: Statement['lines'][number]) => percent(l.taxRate) },
  { header: '税额', width: 60, value: (l: Statement['lines'][number]) => yuan(l.tax.amountMinor) },
];

export async function statementPdf(s: Statement, link?: string): Promise<Buffer> {
  const doc = createPdf({ size: 'A4', margin: mm(15) });
  doc.fontSize(18).text(`对账单  Statement of account ${s.period}`, { align: 'center' });
  doc.moveDown(0.5).fontSize(10);
  doc.text(`客户 Customer: ${s.customer.name} (${s.customer.customerId})`);
  doc.text(
    `对账期间 Period: ${s.period}    网点 Branch: ${s.branch}    付款期限: 开票后 ${s.creditDays} 天`,
  );
  doc.moveDown(0.5);
  const left = doc.page.margins.left;
  const row = (cells: string[]) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 40) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: COLUMNS[i].width - 4, lineBreak: false, ellipsis: true });
      x += COLUMNS[i].width;
    });
    doc.x = left;
    doc.y = y + 16;
  };
  doc.fontSize(9);
  row(COLUMNS.map((c) => c.header));
  for (const line of s.lines) row(COLUMNS.map((c) => c.value(line)));
  doc.moveDown(0.5).fontSize(10);
  doc.text(`不含税合计 Net: ¥${yuan(s.net.amountMinor)}`, left);
  doc.text(`税额合计 VAT: ¥${yuan(s.tax.amountMinor)}`);
  doc.text(`价税合计 Total: ¥${yuan(s.total.amountMinor)}`);
  if (s.cod.shipments > 0)
    doc.text(
      `代收货款 COD collected for you (not a charge): ${s.cod.shipments} 票, ¥${yuan(s.cod.amount.amountMinor)}`,
    );
  doc.moveDown();
  doc.text('请核对以上明细。如无异议请在线确认，我司将即时开具发票；如有异议请逐行注明原因。');
  if (link) doc.text(`在线确认 / 提出异议: ${link}`);
  return pdfBytes(doc);
}

export async function statementXlsx(s: Statement): Promise<Buffer> {
  const rows = s.lines.map((l) => ({
    lineNo: l.lineNo ?? 0,
    waybillNo: l.waybillNo,
    serviceDate: l.serviceDate,
    description: l.description,
    amount: l.amount.amountMinor / 100,
    taxRate: l.taxRate,
    tax: l.tax.amountMinor / 100,
    total: (l.amount.amountMinor + l.tax.amountMinor) / 100,
  }));
  const file = await tableFile(
    rows,
    [
      { key: 'lineNo', header: '序号', width: 8 },
      { key: 'waybillNo', header: '运单号', width: 16 },
      { key: 'serviceDate', header: '托运日期', width: 12 },
      { key: 'description', header: '费用项目', width: 36 },
      { key: 'amount', header: '金额(不含税,元)', numFmt: '#,##0.00' },
      { key: 'taxRate', header: '税率', numFmt: '0%', width: 8 },
      { key: 'tax', header: '税额(元)', numFmt: '#,##0.00' },
      { key: 'total', header: '价税合计(元)', numFmt: '#,##0.00' },
    ],
    'xlsx',
    `对账单 ${s.period}`,
  );
  return file.bytes;
}
