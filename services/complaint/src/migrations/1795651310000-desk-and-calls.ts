import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each branch's ladders and roster (R15–R17), and the call log (R15, R16, R12). */
export class DeskAndCalls1795651310000 implements MigrationInterface {
  name = 'DeskAndCalls1795651310000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE desk (
        branch      text PRIMARY KEY,
        ladders     jsonb NOT NULL,
        people      jsonb NOT NULL,
        updated_at  timestamptz NOT NULL,
        updated_by  text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE call (
        id                 uuid PRIMARY KEY,
        branch             text NOT NULL,
        kind               text NOT NULL CHECK (kind IN ('inquiry', 'complaint', 'cargo-lookup', 'internal', 'other')),
        agent_id           text NOT NULL,
        agent              text NOT NULL,
        agent_role         text NOT NULL,
        caller_name        text,
        caller_phone       text,
        phone_digits       text,
        customer_id        text,
        summary            text NOT NULL,
        outcome            text,
        important          boolean NOT NULL,
        passed_to_manager  boolean NOT NULL,
        started_at         timestamptz NOT NULL,
        ended_at           timestamptz,
        answer_state       text NOT NULL CHECK (answer_state IN ('answered-on-call', 'awaiting', 'answered')),
        answer_due_at      timestamptz,
        answered_at        timestamptz,
        answered_by        jsonb,
        answer             text,
        assignee_role      text NOT NULL,
        assignee           text,
        level              int NOT NULL DEFAULT 0,
        ladder             jsonb,
        cargo              jsonb,
        waybill_no         text,
        complaint_id       text,
        CONSTRAINT call_ends_after_start CHECK (ended_at IS NULL OR ended_at >= started_at)
      )`);
    await db.query('CREATE INDEX call_branch_started_idx ON call (branch, started_at DESC, id)');
    await db.query('CREATE INDEX call_agent_started_idx ON call (agent, started_at)');
    await db.query(
      'CREATE INDEX call_waybill_idx ON call (waybill_no) WHERE waybill_no IS NOT NULL',
    );
    await db.query(
      "CREATE INDEX call_awaiting_idx ON call (branch) WHERE answer_state = 'awaiting'",
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE call');
    await db.query('DROP TABLE desk');
  }
}
