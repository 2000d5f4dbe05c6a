import { code128Png, createPdf, mm, pdfBytes, qrPng } from '@freight/documents';
import type { Order } from '../orders/order.entity';
import { labelContent } from './label.rules';

// R5: the labels as a PDF, one 100 × 150 mm page per piece (a thermal label printer's stock):
// company, waybill number with its Code 128, piece n/N, route, consignee, shipper, cargo, marks,
// and a QR of waybill/piece. Chinese text in the CJK font @freight/documents embeds.

const WIDTH = mm(100);
const HEIGHT = mm(150);
const PAD = mm(5);

export async function labelsPdf(
  order: Order,
  company: string,
  first: number,
  last: number,
): Promise<Buffer> {
  const doc = createPdf({
    size: [WIDTH, HEIGHT],
    margin: 0,
    autoFirstPage: false,
    info: { Title: `${order.waybillNo} labels` },
  });
  const barcode = await code128Png(order.waybillNo, { heightMm: 14 });
  const inner = WIDTH - 2 * PAD;
  for (let n = first; n <= last; n++) {
    const label = labelContent(order, n);
    doc.addPage({ size: [WIDTH, HEIGHT], margin: 0 });
    doc.fontSize(11).text(company, PAD, PAD, { width: inner / 2 });
    doc.fontSize(9).text(order.placedAt.toISOString().slice(0, 10), PAD + inner / 2, PAD, {
      width: inner / 2,
      align: 'right',
    });
    doc.image(barcode, PAD, mm(13), { width: inner, height: mm(18) });
    doc.fontSize(14).text(label.waybillNo, PAD, mm(33), { width: inner, align: 'center' });
    doc.fontSize(30).text(label.piece, PAD, mm(41), { width: inner, align: 'center' });
    doc.fontSize(13).text(label.route, PAD, mm(56), { width: inner });
    doc.fontSize(11).text(label.consignee.join('\n'), PAD, mm(65), { width: inner });
    doc.fontSize(9).text(label.shipper, PAD, mm(88), { width: inner });
    doc.text(label.cargo, PAD, mm(94), { width: inner });
    doc.fontSize(12).text(label.marks.join('  '), PAD, mm(102), { width: inner });
    doc.image(await qrPng(label.qr, { scale: 2 }), WIDTH - PAD - mm(32), HEIGHT - PAD - mm(32), {
      width: mm(32),
    });
    doc.fontSize(8).text(label.qr, PAD, HEIGHT - PAD - mm(6), { width: inner - mm(34) });
  }
  return pdfBytes(doc);
}
