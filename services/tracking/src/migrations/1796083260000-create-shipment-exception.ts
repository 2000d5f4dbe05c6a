import { MigrationInterface, QueryRunner } from 'typeorm';

/** R13: shipment exceptions, each tracked to closure with its steps. */
export class CreateShipmentException1796083260000 implements MigrationInterface {
  name = 'CreateShipmentException1796083260000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE SEQUENCE shipment_exception_seq');
    await db.query(`
      CREATE TABLE shipment_exception (
        id                     text PRIMARY KEY,
        waybill_no             text NOT NULL,
        branch                 text NOT NULL,
        customer_id            text NOT NULL,
        kind                   text NOT NULL
          CHECK (kind IN ('delay', 'damage', 'shortage', 'wrong-delivery', 'refusal')),
        source                 text NOT NULL CHECK (source IN ('dispatch', 'agent', 'delay-detection')),
        note                   text NOT NULL,
        raised_at              timestamptz NOT NULL,
        raised_by              jsonb,
        dispatch_step_id       bigint UNIQUE,
        state                  text NOT NULL CHECK (state IN ('open', 'closed')),
        assigned_role          text NOT NULL,
        escalation_level       integer NOT NULL DEFAULT 0,
        compensation_minor     bigint,
        compensation_currency  text,
        resolution             text,
        closed_at              timestamptz,
        closed_by              jsonb,
        updated_at             timestamptz NOT NULL
      )`);
    await db.query(
      'CREATE INDEX shipment_exception_branch_idx ON shipment_exception (branch, state, raised_at DESC)',
    );
    await db.query(
      'CREATE INDEX shipment_exception_waybill_idx ON shipment_exception (waybill_no)',
    );
    await db.query(`
      CREATE TABLE exception_step (
        id            bigserial PRIMARY KEY,
        exception_id  text NOT NULL REFERENCES shipment_exception (id),
        kind          text NOT NULL,
        at            timestamptz NOT NULL,
        by            jsonb,
        role          text,
        text          text NOT NULL,
        amount_minor  bigint
      )`);
    await db.query(
      'CREATE INDEX exception_step_exception_idx ON exception_step (exception_id, id)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE exception_step');
    await db.query('DROP TABLE shipment_exception');
    await db.query('DROP SEQUENCE shipment_exception_seq');
  }
}
