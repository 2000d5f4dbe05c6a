import type { DemoDataContext } from '@freight/platform';

// The order service's demo customers on monthly statements (customer codes are shared by value only).
const MONTHLY_CUSTOMERS = [
  { customerCode: 'SH-C0001', branchCode: 'SH01' },
  { customerCode: 'GZ-C0001', branchCode: 'GZ01' },
];

/** An open period for the current month (China time) for each demo customer billed monthly. */
export async function seedDemoBillingPeriods({ dataSource }: DemoDataContext): Promise<void> {
  for (const c of MONTHLY_CUSTOMERS) {
    await dataSource.query(
      `INSERT INTO billing_period (customer_code, branch_code, period_month)
       VALUES ($1, $2, date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai')::date)
       ON CONFLICT (customer_code, period_month) DO NOTHING`,
      [c.customerCode, c.branchCode],
    );
  }
}
