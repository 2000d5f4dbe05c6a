import { MigrationInterface, QueryRunner } from 'typeorm';

/** R1 customer file. Change history (who, when, what) comes with the customer-file issue. */
export class CreateCustomer1795651200000 implements MigrationInterface {
  name = 'CreateCustomer1795651200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE customer (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code          text NOT NULL CONSTRAINT customer_code_key UNIQUE,
        company       text NOT NULL,
        branch_code   text NOT NULL,
        billing_terms text NOT NULL
          CONSTRAINT customer_billing_terms_check CHECK (billing_terms IN ('prepaid', 'freight-collect', 'monthly-statement')),
        contacts      jsonb NOT NULL DEFAULT '[]',
        addresses     jsonb NOT NULL DEFAULT '[]',
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    // a branch sees its own customers (R41): most lookups filter by branch
    await db.query('CREATE INDEX customer_branch_code_idx ON customer (branch_code)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE customer');
  }
}
