import { format as csvFormat } from '@fast-csv/format';
import ExcelJS from 'exceljs';
import { z } from 'zod';

/** A report's column: its key in each row and its header (Chinese or English). */
export interface Column<R> {
  key: keyof R & string;
  header: string;
  /** an Excel number format, e.g. `#,##0.00` for yuan */
  numFmt?: string;
  width?: number;
}

export const TABLE_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** `?format=json|csv|xlsx` of a report route (json by default). */
export const tableFormatQuery = {
  format: z
    .enum(TABLE_FORMATS)
    .default('json')
    .describe('json, csv (UTF-8 with BOM, opens in Excel) or xlsx'),
};

export interface TableFile {
  contentType: string;
  filename: string;
  bytes: Buffer;
}

const CONTENT_TYPES: Record<Exclude<TableFormat, 'json'>, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The rows as CSV with a BOM, so Excel opens the Chinese text as UTF-8. */
export function toCsv<R>(rows: R[], columns: Column<R>[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = csvFormat({ headers: columns.map((c) => c.header), writeBOM: true });
    stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    for (const row of rows)
      stream.write(columns.map((c) => (row as Record<string, unknown>)[c.key] ?? ''));
    stream.end();
  });
}

/** The rows as one XLSX worksheet (exceljs), headers bold, number formats per column. */
export async function toXlsx<R>(
  rows: R[],
  columns: Column<R>[],
  sheetName = 'report',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? 16,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A report's rows as the file the caller asked for (`format` csv or xlsx). */
export async function tableFile<R>(
  rows: R[],
  columns: Column<R>[],
  format: Exclude<TableFormat, 'json'>,
  name: string,
): Promise<TableFile> {
  const bytes = format === 'csv' ? await toCsv(rows, columns) : await toXlsx(rows, columns, name);
  return { contentType: CONTENT_TYPES[format], filename: `${name}.${format}`, bytes };
}

/** `Content-Disposition: attachment` with an RFC 5987 filename (Chinese names survive). */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
