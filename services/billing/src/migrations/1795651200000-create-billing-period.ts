import { MigrationInterface, QueryRunner } from 'typeorm';

/** R24 monthly reconciliation: one period per customer and month. */
export class CreateBillingPeriod1795651200000 implements MigrationInterface {
  name = 'CreateBillingPeriod1795651200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing_period (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_code text NOT NULL,
        branch_code   text NOT NULL,
        period_month  date NOT NULL CONSTRAINT billing_period_month_starts_on_first CHECK (EXTRACT(DAY FROM period_month) = 1),
        status        text NOT NULL DEFAULT 'open' CONSTRAINT billing_period_status_check
          CHECK (status IN ('open', 'reconciled-with-documents', 'sent-to-customer', 'confirmed', 'invoiced')),
        opened_at     timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT billing_period_customer_month_key UNIQUE (customer_code, period_month)
      )`);
    await db.query(
      'CREATE INDEX billing_period_branch_month_idx ON billing_period (branch_code, period_month)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE billing_period');
  }
}
