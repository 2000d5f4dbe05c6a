import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the desk keeps of other services' data, fed by their events only: customers (R15 caller
 * matching by phone), waybills (R12 cargo lookups), and the agents' inquiries, quotes and orders
 * (R10). The stub's call_log goes: the call log proper replaces it (next migration).
 */
export class ReadModels1795651300000 implements MigrationInterface {
  name = 'ReadModels1795651300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS call_log');
    await db.query(`
      CREATE TABLE known_customer (
        customer_id text PRIMARY KEY,
        branch      text NOT NULL,
        company     text NOT NULL,
        email       text,
        phones      text[] NOT NULL DEFAULT '{}',
        updated_at  timestamptz NOT NULL
      )`);
    // digits only (R15): a caller's number finds the customer whatever the spacing
    await db.query('CREATE INDEX known_customer_phones_idx ON known_customer USING gin (phones)');
    await db.query(`
      CREATE TABLE known_waybill (
        waybill_no  text PRIMARY KEY,
        order_id    text NOT NULL,
        branch      text NOT NULL,
        customer_id text NOT NULL,
        agent       text NOT NULL,
        agent_id    text NOT NULL,
        origin      text NOT NULL,
        destination text NOT NULL,
        placed_at   timestamptz NOT NULL,
        cancelled   boolean NOT NULL DEFAULT false
      )`);
    await db.query(`
      CREATE TABLE agent_activity (
        source_id   text PRIMARY KEY,
        kind        text NOT NULL CHECK (kind IN ('inquiry', 'quote', 'order')),
        branch      text NOT NULL,
        agent       text NOT NULL,
        at          timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX agent_activity_branch_at_idx ON agent_activity (branch, at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE agent_activity');
    await db.query('DROP TABLE known_waybill');
    await db.query('DROP TABLE known_customer');
  }
}
