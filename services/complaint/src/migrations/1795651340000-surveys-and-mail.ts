import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R23 surveys (tokens stored as SHA-256 only) and the mail queue that carries their links: a row
 * holds the message until the SMTP server accepted it, then goes (decision 0053).
 */
export class SurveysAndMail1795651340000 implements MigrationInterface {
  name = 'SurveysAndMail1795651340000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE survey (
        id           text PRIMARY KEY,
        branch       text NOT NULL,
        about_type   text NOT NULL CHECK (about_type IN ('complaint', 'order')),
        about_id     text NOT NULL,
        customer_id  text,
        agent        jsonb,
        token_hash   bytea NOT NULL UNIQUE,
        created_at   timestamptz NOT NULL,
        expires_at   timestamptz NOT NULL,
        answered_at  timestamptz,
        score        int CHECK (score BETWEEN 1 AND 5),
        comment      text,
        mailed_to    text,
        round        int NOT NULL DEFAULT 1,
        UNIQUE (about_type, about_id, round)
      )`);
    await db.query(
      'CREATE INDEX survey_branch_created_idx ON survey (branch, created_at DESC, id)',
    );
    await db.query(
      'CREATE INDEX survey_answered_idx ON survey (branch, answered_at) WHERE answered_at IS NOT NULL',
    );
    await db.query(`
      CREATE TABLE mail_queue (
        id              bigserial PRIMARY KEY,
        recipient       text NOT NULL,
        subject         text NOT NULL,
        body            text NOT NULL,
        attempts        int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error      text
      )`);
    await db.query('CREATE INDEX mail_queue_due_idx ON mail_queue (next_attempt_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE mail_queue');
    await db.query('DROP TABLE survey');
  }
}
