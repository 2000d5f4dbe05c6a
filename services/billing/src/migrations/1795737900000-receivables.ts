import { MigrationInterface, QueryRunner } from 'typeorm';

/** R25: payments, their allocations to invoices, and the monthly confirmation with finance. */
export class Receivables1795737900000 implements MigrationInterface {
  name = 'Receivables1795737900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE payment (
        payment_id      text PRIMARY KEY,
        branch          text NOT NULL,
        customer_id     text NOT NULL,
        customer_name   text NOT NULL,
        received_at     timestamptz NOT NULL,
        amount_minor    bigint NOT NULL CHECK (amount_minor > 0),
        method          text NOT NULL,
        reference       text NOT NULL,
        unapplied_minor bigint NOT NULL CHECK (unapplied_minor >= 0),
        recorded_at     timestamptz NOT NULL,
        recorded_by     jsonb NOT NULL
      )`);
    await db.query('CREATE INDEX payment_branch_idx ON payment (branch, received_at)');
    await db.query('CREATE INDEX payment_customer_idx ON payment (customer_id)');
    await db.query(`
      CREATE TABLE allocation (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        payment_id   text NOT NULL REFERENCES payment (payment_id),
        invoice_no   text NOT NULL REFERENCES invoice (invoice_no),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        allocated_at timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX allocation_payment_idx ON allocation (payment_id)');
    await db.query('CREATE INDEX allocation_invoice_idx ON allocation (invoice_no)');
    await db.query(`
      CREATE TABLE receivables_confirmation (
        id            text PRIMARY KEY,
        branch        text NOT NULL,
        customer_id   text NOT NULL,
        customer_name text NOT NULL,
        period        date NOT NULL,
        as_of         date NOT NULL,
        status        text NOT NULL CHECK (status IN ('prepared', 'signed-off')),
        snapshot      jsonb NOT NULL,
        prepared_at   timestamptz NOT NULL,
        signed_off_at timestamptz,
        signed_off_by jsonb,
        note          text,
        UNIQUE (customer_id, period)
      )`);
    await db.query(
      'CREATE INDEX receivables_confirmation_branch_idx ON receivables_confirmation (branch, prepared_at)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['receivables_confirmation', 'allocation', 'payment'])
      await db.query(`DROP TABLE ${table}`);
  }
}
