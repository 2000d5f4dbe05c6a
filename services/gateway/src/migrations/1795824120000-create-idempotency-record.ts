import { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency-Key: the first answer to a POST, kept per caller and key for replays. */
export class CreateIdempotencyRecord1795824120000 implements MigrationInterface {
  name = 'CreateIdempotencyRecord1795824120000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_record (
        caller          text NOT NULL,
        key             text NOT NULL,
        request_hash    text NOT NULL,
        response_status integer,
        response_body   jsonb,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (caller, key)
      )`);
    await db.query(
      'CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE idempotency_record');
  }
}
