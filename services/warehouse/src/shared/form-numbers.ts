import type { EntityManager } from 'typeorm';

/**
 * The next number of a form in a branch: `SL-SH01-000012`. Numbers run per branch and form
 * without gaps within committed forms; the counter row is locked until the form commits.
 */
export async function nextFormNumber(
  manager: EntityManager,
  prefix: string,
  branch: string,
): Promise<string> {
  const [row]: { last: string }[] = await manager.query(
    `INSERT INTO document_counter (branch, prefix, last) VALUES ($1, $2, 1)
     ON CONFLICT (branch, prefix) DO UPDATE SET last = document_counter.last + 1
     RETURNING last`,
    [branch, prefix],
  );
  return `${prefix}-${branch}-${String(row.last).padStart(6, '0')}`;
}
