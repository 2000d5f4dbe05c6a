import { NotFoundProblem } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { oneOf } from '../shared/sql';

/** What billing keeps of a customer file (R1): where statements go and the billing terms. */
export interface CustomerAccount {
  customerId: string;
  branch: string;
  company: string;
  email: string | null;
  billingKind: 'monthly' | 'cash';
  creditDays: number;
}

/** Customers without a file yet (its event not arrived): 30 days, the company's usual terms. */
export const DEFAULT_CREDIT_DAYS = 30;

/** Latest file wins: order.customer.* events of one customer arrive in order (keyed by id). */
export async function saveCustomerAccount(
  manager: EntityManager,
  account: CustomerAccount,
  at: string,
  onlyIfMissing = false,
): Promise<void> {
  await manager.query(
    `INSERT INTO customer_account (customer_id, branch, company, email, billing_kind, credit_days, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (customer_id) DO ${
       onlyIfMissing
         ? 'NOTHING'
         : `UPDATE SET branch = EXCLUDED.branch, company = EXCLUDED.company, email = EXCLUDED.email,
            billing_kind = EXCLUDED.billing_kind, credit_days = EXCLUDED.credit_days,
            updated_at = EXCLUDED.updated_at`
     }`,
    [
      account.customerId,
      account.branch,
      account.company,
      account.email,
      account.billingKind,
      account.creditDays,
      at,
    ],
  );
}

export async function customerAccount(
  manager: Pick<EntityManager, 'query'>,
  customerId: string,
): Promise<CustomerAccount | undefined> {
  const row = await oneOf<{
    customer_id: string;
    branch: string;
    company: string;
    email: string | null;
    billing_kind: 'monthly' | 'cash';
    credit_days: number;
  }>(manager, 'SELECT * FROM customer_account WHERE customer_id = $1', [customerId]);
  return (
    row && {
      customerId: row.customer_id,
      branch: row.branch,
      company: row.company,
      email: row.email,
      billingKind: row.billing_kind,
      creditDays: row.credit_days,
    }
  );
}

export interface CustomerRef {
  customerId: string;
  name: string;
  branch: string;
}

/** The customer a payment is for: their file, or (no file yet) their invoices. */
export async function customerRef(
  manager: Pick<EntityManager, 'query'>,
  customerId: string,
): Promise<CustomerRef> {
  const account = await customerAccount(manager, customerId);
  if (account) return { customerId, name: account.company, branch: account.branch };
  const invoiced = await oneOf<{ customer_name: string; branch: string }>(
    manager,
    'SELECT customer_name, branch FROM invoice WHERE customer_id = $1 LIMIT 1',
    [customerId],
  );
  if (!invoiced) throw new NotFoundProblem(`no customer ${customerId}`);
  return { customerId, name: invoiced.customer_name, branch: invoiced.branch };
}
