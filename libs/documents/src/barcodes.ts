import bwipjs from 'bwip-js';

/** A Code 128 barcode as PNG (bwip-js), e.g. a waybill number on a label (R5). */
export function code128Png(
  text: string,
  options: { heightMm?: number; scale?: number } = {},
): Promise<Buffer> {
  return bwipjs.toBuffer({
    bcid: 'code128',
    text,
    scale: options.scale ?? 3,
    height: options.heightMm ?? 12,
    includetext: false,
  });
}

/** A QR code as PNG: a tracking link or a waybill number a phone can read. */
export function qrPng(text: string, options: { scale?: number } = {}): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid: 'qrcode', text, scale: options.scale ?? 3 });
}
