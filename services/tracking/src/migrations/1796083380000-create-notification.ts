import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R11: what customers are told, queued apart from the work that caused it: a background sender
 * delivers each (e-mail over SMTP, SMS through the provider port) and retries with backoff.
 */
export class CreateNotification1796083380000 implements MigrationInterface {
  name = 'CreateNotification1796083380000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification (
        id                bigserial PRIMARY KEY,
        notification_key  text NOT NULL UNIQUE,
        waybill_no        text NOT NULL,
        branch            text NOT NULL,
        customer_id       text NOT NULL,
        channel           text NOT NULL CHECK (channel IN ('email', 'sms')),
        recipient         text,
        status            text NOT NULL,
        subject           text,
        body              text NOT NULL,
        html              text,
        state             text NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
        attempts          integer NOT NULL DEFAULT 0,
        next_attempt_at   timestamptz NOT NULL,
        last_error        text,
        sent_at           timestamptz,
        provider_ref      text,
        created_at        timestamptz NOT NULL
      )`);
    await db.query(
      "CREATE INDEX notification_due_idx ON notification (next_attempt_at) WHERE state = 'pending'",
    );
    await db.query('CREATE INDEX notification_waybill_idx ON notification (waybill_no, id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notification');
  }
}
