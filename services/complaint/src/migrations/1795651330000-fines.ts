import { MigrationInterface, QueryRunner } from 'typeorm';

/** R21: the month's fine lines (recomputed from the register, stable ids) and review flags. */
export class Fines1795651330000 implements MigrationInterface {
  name = 'Fines1795651330000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE fine_line (
        id               text PRIMARY KEY,
        month            text NOT NULL,
        branch           text NOT NULL,
        kind             text NOT NULL,
        person           text,
        person_role      text NOT NULL,
        complaint_id     text NOT NULL,
        count            int NOT NULL,
        assessed_minor   int NOT NULL,
        currency         text NOT NULL,
        explanation      text NOT NULL,
        notice           boolean NOT NULL,
        state            text NOT NULL CHECK (state IN ('issued', 'waived', 'withdrawn')),
        hq_amount_minor  int,
        hq_amount_reason text,
        waiver           jsonb,
        issued_at        timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX fine_line_month_branch_idx ON fine_line (month, branch)');
    await db.query(`
      CREATE TABLE review_flag (
        month       text NOT NULL,
        username    text NOT NULL,
        branch      text NOT NULL,
        reason      text NOT NULL,
        explanation text NOT NULL,
        flagged_at  timestamptz NOT NULL,
        PRIMARY KEY (month, username)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE review_flag');
    await db.query('DROP TABLE fine_line');
  }
}
