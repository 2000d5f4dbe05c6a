import type { EntityManager } from 'typeorm';
import { phoneDigits } from '../shared/phone.rules';

/** A caller the desk knows as a customer (its company, when the order service told us). */
export interface Caller {
  customerId: string;
  company: string | null;
}

/**
 * R15: who is calling. The customer named by the agent, else the one whose contact phone the
 * caller's number is (the most recently updated when two share it), else nobody — a caller the
 * desk does not know yet is recorded all the same.
 */
export async function identifyCaller(
  manager: EntityManager,
  given: { customerId?: string; phone?: string | null },
): Promise<Caller | null> {
  if (given.customerId) {
    const [known] = await manager.query(
      'SELECT customer_id, company FROM known_customer WHERE customer_id = $1',
      [given.customerId],
    );
    // named by the agent but not (yet) known here: the order service's event may be on its way
    return { customerId: given.customerId, company: known?.company ?? null };
  }
  const digits = phoneDigits(given.phone);
  if (!digits) return null;
  const [match] = await manager.query(
    `SELECT customer_id, company FROM known_customer WHERE phones @> ARRAY[$1]::text[]
      ORDER BY updated_at DESC, customer_id LIMIT 1`,
    [digits],
  );
  return match ? { customerId: match.customer_id, company: match.company } : null;
}

/** Company names of customers, for views. */
export async function companiesOf(
  manager: EntityManager,
  customerIds: (string | null)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(customerIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows: { customer_id: string; company: string }[] = await manager.query(
    'SELECT customer_id, company FROM known_customer WHERE customer_id = ANY($1)',
    [ids],
  );
  return new Map(rows.map((r) => [r.customer_id, r.company]));
}
