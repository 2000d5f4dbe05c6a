// @freight/documents: what labels, statements, reports and notices are made of — PDFs with
// Chinese text, barcodes, CSV/XLSX tables, charts, and mail. Well-kept libraries behind small
// functions (pdfkit, bwip-js, fast-csv, exceljs, vega-lite + resvg, nodemailer).
export * from './barcodes';
export * from './charts';
export * from './cjk-font';
export * from './mail';
export * from './pdf';
export * from './tables';
