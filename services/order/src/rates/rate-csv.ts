import { parseString } from '@fast-csv/parse';
import type { FieldProblem } from '@freight/platform';
import { fenFromYuan } from '../shared/money';
import type { Lane } from './rate-table.entity';

// R3 CSV import: the lanes of a rate table as a pricing clerk keeps them in a spreadsheet,
// one line per break, rates in yuan (a person's unit; stored in fen):
//
//   origin,destination,basis,from,rate,lead_days,minimum_charge
//   SH,WH,kg,0,1.20,2,50.00
//   SH,WH,kg,500,0.95,2,50.00
//   SH,WH,m3,0,260.00,2,50.00
//
// basis `kg` (weight break from that chargeable weight) or `m3` (volume break for light cargo);
// lead_days and minimum_charge are optional and, when repeated, must agree within a lane.

export const CSV_COLUMNS = [
  'origin',
  'destination',
  'basis',
  'from',
  'rate',
  'lead_days',
  'minimum_charge',
];
const REQUIRED = ['origin', 'destination', 'basis', 'from', 'rate'];

type CsvRow = Record<string, string>;

function readRows(csv: string): Promise<CsvRow[]> {
  return new Promise((resolve, reject) => {
    const rows: CsvRow[] = [];
    parseString<CsvRow, CsvRow>(csv, {
      headers: true,
      trim: true,
      ignoreEmpty: true,
      strictColumnHandling: true,
    })
      .on('error', reject)
      .on('data-invalid', (_row, index: number) =>
        reject(new Error(`line ${index + 1}: wrong number of columns`)),
      )
      .on('data', (row: CsvRow) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

/** The lanes the CSV describes, or the problems of each line (`csv.<line>.<column>`). */
export async function lanesFromCsv(
  csv: string,
): Promise<{ lanes: Lane[]; problems: FieldProblem[] }> {
  const header = csv
    .trimStart()
    .split(/\r?\n/, 1)[0]
    .split(',')
    .map((h) => h.trim());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !CSV_COLUMNS.includes(c));
  if (missing.length > 0 || unknown.length > 0) {
    const message = [
      ...(missing.length ? [`missing column(s) ${missing.join(', ')}`] : []),
      ...(unknown.length ? [`unknown column(s) ${unknown.join(', ')}`] : []),
    ].join('; ');
    return {
      lanes: [],
      problems: [{ field: 'csv.1', message: `${message}; expected ${CSV_COLUMNS.join(',')}` }],
    };
  }
  let rows: CsvRow[];
  try {
    rows = await readRows(csv);
  } catch (error) {
    return { lanes: [], problems: [{ field: 'csv', message: (error as Error).message }] };
  }
  const problems: FieldProblem[] = [];
  const lanes = new Map<string, Lane>();
  rows.forEach((row, i) => {
    const at = (column: string, message: string) =>
      problems.push({ field: `csv.${i + 2}.${column}`, message });
    const from = Number(row.from);
    const rate = fenFromYuan(row.rate ?? '');
    const leadDays = row.lead_days ? Number(row.lead_days) : undefined;
    const minimum = row.minimum_charge ? fenFromYuan(row.minimum_charge) : undefined;
    if (!/^[A-Z]{2,6}$/.test(row.origin)) at('origin', 'expected a region code, e.g. SH');
    if (!/^[A-Z]{2,6}$/.test(row.destination)) at('destination', 'expected a region code, e.g. WH');
    if (row.basis !== 'kg' && row.basis !== 'm3') at('basis', 'expected kg or m3');
    if (row.from === '' || !Number.isFinite(from) || from < 0) at('from', 'expected a number ≥ 0');
    if (rate === undefined) at('rate', 'expected yuan with at most 2 decimals, e.g. 1.20');
    if (leadDays !== undefined && !(Number.isInteger(leadDays) && leadDays >= 0 && leadDays <= 60))
      at('lead_days', 'expected whole days 0–60');
    if (row.minimum_charge && minimum === undefined)
      at('minimum_charge', 'expected yuan, e.g. 50.00');
    if (problems.some((p) => p.field.startsWith(`csv.${i + 2}.`)) || rate === undefined) return;

    const key = `${row.origin}→${row.destination}`;
    const lane = lanes.get(key) ?? {
      origin: row.origin,
      destination: row.destination,
      leadTimeDays: leadDays ?? 2,
      ...(minimum !== undefined ? { minimumChargeMinor: minimum } : {}),
      weightBreaks: [],
      volumeBreaks: [],
    };
    if (lanes.has(key) && leadDays !== undefined && leadDays !== lane.leadTimeDays)
      at('lead_days', `differs from an earlier line of ${key}`);
    if (lanes.has(key) && minimum !== undefined && minimum !== lane.minimumChargeMinor)
      at('minimum_charge', `differs from an earlier line of ${key}`);
    if (row.basis === 'kg') lane.weightBreaks.push({ fromKg: from, perKgMinor: rate });
    else lane.volumeBreaks.push({ fromM3: from, perM3Minor: rate });
    lanes.set(key, lane);
  });
  if (rows.length === 0) problems.push({ field: 'csv', message: 'no lines after the header' });
  return { lanes: [...lanes.values()], problems };
}
