import { MigrationInterface, QueryRunner } from 'typeorm';

/** R14: return receipts (PODs) in custody, their chases, monthly return batches, trip sheets. */
export class CreatePodCustody1796083320000 implements MigrationInterface {
  name = 'CreatePodCustody1796083320000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE pod (
        waybill_no          text PRIMARY KEY,
        branch              text NOT NULL,
        customer_id         text NOT NULL,
        customer_company    text NOT NULL,
        delivered_at        timestamptz NOT NULL,
        state               text NOT NULL CHECK (state IN ('expected', 'received', 'returned', 'kept')),
        chase_due_at        timestamptz NOT NULL,
        chase_level         integer NOT NULL DEFAULT 0,
        last_chased_at      timestamptz,
        received_at         timestamptz,
        received_at_branch  text,
        received_by         jsonb,
        filed_at            text,
        image_ref           text,
        remarks             text,
        return_month        text,
        batch_id            text,
        updated_at          timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX pod_branch_state_idx ON pod (branch, state, chase_due_at)');
    await db.query(
      'CREATE INDEX pod_return_idx ON pod (branch, return_month, customer_id) WHERE batch_id IS NULL',
    );
    await db.query(`
      CREATE TABLE pod_chase (
        id          bigserial PRIMARY KEY,
        waybill_no  text NOT NULL REFERENCES pod (waybill_no),
        at          timestamptz NOT NULL,
        by          jsonb,
        role        text,
        level       integer,
        note        text NOT NULL
      )`);
    await db.query('CREATE INDEX pod_chase_waybill_idx ON pod_chase (waybill_no, id)');
    await db.query(`
      CREATE TABLE pod_return_period (
        branch            text NOT NULL,
        month             text NOT NULL,
        due_at            timestamptz NOT NULL,
        state             text NOT NULL CHECK (state IN ('open', 'done')),
        escalation_level  integer NOT NULL DEFAULT 0,
        done_at           timestamptz,
        PRIMARY KEY (branch, month)
      )`);
    await db.query(`
      CREATE TABLE pod_return_batch (
        id                text PRIMARY KEY,
        branch            text NOT NULL,
        month             text NOT NULL,
        customer_id       text NOT NULL,
        customer_company  text NOT NULL,
        disposition       text NOT NULL CHECK (disposition IN ('return', 'keep')),
        state             text NOT NULL CHECK (state IN ('prepared', 'sent', 'kept')),
        prepared_at       timestamptz NOT NULL,
        prepared_by       jsonb NOT NULL,
        courier           text,
        courier_ref       text,
        sent_at           timestamptz,
        sent_by           jsonb,
        filed_at          text
      )`);
    await db.query(
      'CREATE INDEX pod_return_batch_idx ON pod_return_batch (branch, month, customer_id)',
    );
    await db.query(`
      CREATE TABLE trip_sheet_filing (
        branch         text NOT NULL,
        vehicle_plate  text NOT NULL,
        trip_date      date NOT NULL,
        filed_at       timestamptz NOT NULL,
        filed_by       jsonb NOT NULL,
        location       text NOT NULL,
        note           text,
        PRIMARY KEY (branch, vehicle_plate, trip_date)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'trip_sheet_filing',
      'pod_return_batch',
      'pod_return_period',
      'pod_chase',
      'pod',
    ])
      await db.query(`DROP TABLE ${table}`);
  }
}
