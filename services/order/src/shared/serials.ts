import type { DataSource, EntityManager } from 'typeorm';

// Readable ids per branch: CUST-SH-0008, INQ-SH-000123, and the waybill's 9-digit serial (R5).
// One counter row per name, incremented by a single statement that holds its row lock only
// for that statement: numbers are handed out in order and never twice; a transaction that
// fails after taking one leaves a gap ("gapless enough", decision 0043).

export type Queryable = Pick<DataSource | EntityManager, 'query'>;

export async function nextSerial(db: Queryable, name: string): Promise<number> {
  const [row] = (await db.query(
    `INSERT INTO serial (name, last) VALUES ($1, 1)
     ON CONFLICT (name) DO UPDATE SET last = serial.last + 1
     RETURNING last`,
    [name],
  )) as { last: string }[];
  return Number(row.last);
}

/** The two capital letters a branch's waybills and ids start with: SH01 → SH (R5). */
export function branchPrefix(branch: string): string | undefined {
  return /^[A-Z]{2}/.exec(branch)?.[0];
}

export const paddedId = (kind: string, prefix: string, serial: number, width: number) =>
  `${kind}-${prefix}-${String(serial).padStart(width, '0')}`;
