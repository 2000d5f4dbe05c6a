import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R1 the customer file, with its history; the id counters. Replaces the placeholder `customer`
 * table of the service's stub, which only ever held demo rows and was never deployed
 * (decision 0040): dropped here so a developer database migrated by the stub follows too.
 */
export class CustomerFile1796000000000 implements MigrationInterface {
  name = 'CustomerFile1796000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS customer');
    // readable ids and waybill serials per branch (decision 0043)
    await db.query('CREATE TABLE serial (name text PRIMARY KEY, last bigint NOT NULL)');
    await db.query(`
      CREATE TABLE customer (
        customer_id            text PRIMARY KEY,
        branch                 text NOT NULL,
        company                text NOT NULL,
        company_key            text NOT NULL,
        contacts               jsonb NOT NULL,
        phones                 text[] NOT NULL,
        contact_names          text[] NOT NULL,
        addresses              jsonb NOT NULL,
        billing_terms          jsonb NOT NULL,
        email                  text,
        possible_duplicates    jsonb NOT NULL DEFAULT '[]',
        converted_from_lead_id text,
        created_at             timestamptz NOT NULL,
        created_by             jsonb NOT NULL,
        updated_at             timestamptz NOT NULL,
        version                integer NOT NULL
      )`);
    // R1 duplicates: same company in a branch, a phone in common; R1 search by phone; R41 lists
    await db.query(
      'CREATE INDEX customer_branch_company_key_idx ON customer (branch, company_key)',
    );
    await db.query('CREATE INDEX customer_phones_idx ON customer USING gin (phones)');
    await db.query('CREATE INDEX customer_branch_id_idx ON customer (branch, customer_id)');
    // R1, R4: who changed what, when (customers and orders)
    await db.query(`
      CREATE TABLE history_line (
        seq          bigserial PRIMARY KEY,
        subject_type text NOT NULL,
        subject_id   text NOT NULL,
        at           timestamptz NOT NULL,
        by           jsonb NOT NULL,
        field        text NOT NULL,
        old_value    jsonb,
        new_value    jsonb,
        source       text NOT NULL DEFAULT 'record'
      )`);
    await db.query(
      'CREATE INDEX history_line_subject_idx ON history_line (subject_type, subject_id, seq)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE history_line');
    await db.query('DROP TABLE customer');
    await db.query('DROP TABLE serial');
  }
}
