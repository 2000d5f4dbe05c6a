import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One approval mechanism for every rule that asks for a signature (R27, R28, R30–R32, R34, R36,
 * R37), each decision with who and when; and the R38 assessment lines, one per person, clause
 * and form, each with its explanation. `source` makes a line from a lapsed deadline once only.
 */
export class CreateApprovalAndFineLine1796300060000 implements MigrationInterface {
  name = 'CreateApprovalAndFineLine1796300060000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE approval (
        id           text PRIMARY KEY,
        branch       text NOT NULL,
        kind         text NOT NULL,
        rule         text NOT NULL,
        subject_type text NOT NULL,
        subject_id   text NOT NULL,
        summary      text NOT NULL,
        amount_minor bigint,
        status       text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        requested_by jsonb NOT NULL,
        requested_at timestamptz NOT NULL,
        decided_by   jsonb,
        decided_at   timestamptz,
        note         text,
        CHECK ((status = 'pending') = (decided_at IS NULL))
      )`);
    await db.query(
      'CREATE INDEX approval_list_idx ON approval (branch, requested_at DESC, id DESC)',
    );
    await db.query('CREATE INDEX approval_subject_idx ON approval (subject_type, subject_id)');
    await db.query(`
      CREATE TABLE fine_line (
        id           text PRIMARY KEY,
        branch       text NOT NULL,
        month        text NOT NULL,
        person       jsonb NOT NULL,
        username     text NOT NULL,
        reason       text NOT NULL,
        clause       text NOT NULL,
        measure      text NOT NULL CHECK (measure IN ('fine', 'loss', 'salary-held')),
        amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
        explanation  text NOT NULL,
        subject_type text NOT NULL,
        subject_id   text NOT NULL,
        source       text NOT NULL CONSTRAINT fine_line_source_key UNIQUE,
        assessed_at  timestamptz NOT NULL,
        assessed_by  jsonb
      )`);
    await db.query('CREATE INDEX fine_line_month_idx ON fine_line (month, branch, username)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE fine_line');
    await db.query('DROP TABLE approval');
  }
}
