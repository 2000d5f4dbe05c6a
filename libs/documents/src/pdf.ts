import PDFDocument from 'pdfkit';
import { cjkFont } from './cjk-font';

export type Pdf = PDFKit.PDFDocument;

/**
 * A new PDF (pdfkit) whose default font renders Chinese (`cjk`), embedded as a subset.
 * Write to it, then `await pdfBytes(doc)`.
 */
export function createPdf(options: PDFKit.PDFDocumentOptions = {}): Pdf {
  const doc = new PDFDocument({ bufferPages: false, ...options });
  const font = cjkFont();
  doc.registerFont('cjk', font.path, font.family || undefined);
  doc.font('cjk');
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** millimetres → PDF points (labels are specified in mm) */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;
