import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chartPng, chartSvg, code128Png, createPdf, pdfBytes, qrPng, toCsv, toXlsx } from '.';

// Real files, opened as a reader would: the PDF's text read back by poppler's pdftotext (the
// Chinese must survive the font subset), the XLSX by exceljs, the PNGs by their signature.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('documents with Chinese text', () => {
  it('writes a PDF whose Chinese text reads back', async () => {
    const doc = createPdf({ size: 'A6' });
    doc.fontSize(14).text('收货人：武汉新材料有限公司 (consignee)');
    doc.image(await code128Png('SH0000000422'), { width: 200 });
    const bytes = await pdfBytes(doc);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-')), 'label.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('收货人：武汉新材料有限公司');
  });

  it('makes Code 128 and QR barcodes as PNG', async () => {
    expect((await code128Png('SH0000000422')).subarray(0, 4)).toEqual(PNG);
    expect((await qrPng('https://example.cn/t/SH0000000422')).subarray(0, 4)).toEqual(PNG);
  });

  it('writes CSV with a BOM and XLSX that Excel (exceljs) opens with the Chinese intact', async () => {
    const rows = [{ branch: 'SH01', name: '上海分公司', revenue: 1234.5 }];
    const columns = [
      { key: 'branch' as const, header: '网点' },
      { key: 'name' as const, header: 'name' },
      { key: 'revenue' as const, header: '收入 (元)', numFmt: '#,##0.00' },
    ];
    const csv = await toCsv(rows, columns);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString('utf8').slice(1)).toBe('网点,name,收入 (元)\nSH01,上海分公司,1234.5');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(rows, columns, '日报')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('日报')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '网点', 'name', '收入 (元)']);
    expect(sheet.getRow(2).getCell(2).value).toBe('上海分公司');
  });

  it('renders a chart to SVG and PNG on the server', async () => {
    const spec = {
      data: {
        values: [
          { branch: '上海', complaints: 3 },
          { branch: '广州', complaints: 5 },
        ],
      },
      mark: 'bar',
      encoding: {
        x: { field: 'branch', type: 'nominal' },
        y: { field: 'complaints', type: 'quantitative' },
      },
    };
    const svg = await chartSvg(spec);
    expect(svg).toContain('<svg');
    expect(svg).toContain('上海');
    expect((await chartPng(spec, 400)).subarray(0, 4)).toEqual(PNG);
  });
});
