import { MigrationInterface, QueryRunner } from 'typeorm';

/** R15/R16 call log: the first record of every customer or internal call. */
export class CreateCallLog1795651200000 implements MigrationInterface {
  name = 'CreateCallLog1795651200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE call_log (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        branch_code  text NOT NULL,
        call_kind    text NOT NULL CONSTRAINT call_log_call_kind_check CHECK (call_kind IN ('customer', 'internal')),
        caller_name  text NOT NULL,
        caller_phone text,
        subject      text NOT NULL,
        taken_by     text NOT NULL,
        received_at  timestamptz NOT NULL,
        answered_at  timestamptz,
        CONSTRAINT call_log_answered_after_received CHECK (answered_at IS NULL OR answered_at >= received_at)
      )`);
    // the branch's call list, newest first, and its still-unanswered calls
    await db.query(
      'CREATE INDEX call_log_branch_received_idx ON call_log (branch_code, received_at DESC)',
    );
    await db.query(
      'CREATE INDEX call_log_unanswered_idx ON call_log (branch_code) WHERE answered_at IS NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE call_log');
  }
}
