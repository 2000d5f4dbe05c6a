import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R24: invoices (never edited once issued: only their paid/credited figures move), credit notes
 * against their lines, and the gapless number series both are numbered from.
 */
export class Invoices1795737800000 implements MigrationInterface {
  name = 'Invoices1795737800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE number_series (
        series  text PRIMARY KEY,
        last_no integer NOT NULL CHECK (last_no >= 0)
      )`);
    await db.query(`
      CREATE TABLE invoice (
        invoice_no     text PRIMARY KEY,
        statement_id   uuid NOT NULL UNIQUE REFERENCES statement (id),
        branch         text NOT NULL,
        customer_id    text NOT NULL,
        customer_name  text NOT NULL,
        period         date NOT NULL,
        issued_at      timestamptz NOT NULL,
        due_date       date NOT NULL,
        credit_days    integer NOT NULL,
        net_minor      bigint NOT NULL,
        tax_minor      bigint NOT NULL,
        total_minor    bigint NOT NULL,
        credited_minor bigint NOT NULL DEFAULT 0,
        paid_minor     bigint NOT NULL DEFAULT 0,
        overdue        boolean NOT NULL DEFAULT false
      )`);
    await db.query('CREATE INDEX invoice_branch_idx ON invoice (branch, issued_at)');
    await db.query('CREATE INDEX invoice_customer_idx ON invoice (customer_id, issued_at)');
    await db.query(`
      CREATE TABLE invoice_line (
        invoice_no     text NOT NULL REFERENCES invoice (invoice_no),
        line_no        integer NOT NULL,
        statement_line integer NOT NULL,
        waybill_no     text NOT NULL,
        description    text NOT NULL,
        amount_minor   bigint NOT NULL,
        tax_rate       numeric(5, 4) NOT NULL,
        tax_minor      bigint NOT NULL,
        credited_minor bigint NOT NULL DEFAULT 0,
        credited_tax_minor bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (invoice_no, line_no)
      )`);
    await db.query(`
      CREATE TABLE credit_note (
        credit_note_no text PRIMARY KEY,
        invoice_no     text NOT NULL REFERENCES invoice (invoice_no),
        branch         text NOT NULL,
        customer_id    text NOT NULL,
        customer_name  text NOT NULL,
        reason         text NOT NULL,
        issued_at      timestamptz NOT NULL,
        issued_by      jsonb NOT NULL,
        lines          jsonb NOT NULL,
        net_minor      bigint NOT NULL,
        tax_minor      bigint NOT NULL
      )`);
    await db.query('CREATE INDEX credit_note_invoice_idx ON credit_note (invoice_no)');
    await db.query('CREATE INDEX credit_note_branch_idx ON credit_note (branch, issued_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['credit_note', 'invoice_line', 'invoice', 'number_series'])
      await db.query(`DROP TABLE ${table}`);
  }
}
