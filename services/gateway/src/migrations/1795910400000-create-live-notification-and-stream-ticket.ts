import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live stream (docs/decisions/0021): every escalation written once, numbered in commit order
 * (the SSE event id, so Last-Event-ID resumes on any replica, after any restart), and the
 * single-use tickets that let a browser's EventSource open the stream without a header.
 */
export class CreateLiveNotificationAndStreamTicket1795910400000 implements MigrationInterface {
  name = 'CreateLiveNotificationAndStreamTicket1795910400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE live_notification (
        id          bigserial PRIMARY KEY,
        event_id    text NOT NULL UNIQUE,
        event_type  text NOT NULL,
        kind        text NOT NULL,
        branch      text NOT NULL,
        role        text NOT NULL,
        deadline_id text,
        occurred_at timestamptz NOT NULL,
        data        jsonb NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      'CREATE INDEX live_notification_audience_idx ON live_notification (role, branch, id)',
    );
    await db.query('CREATE INDEX live_notification_created_idx ON live_notification (created_at)');
    await db.query(
      'CREATE INDEX live_notification_deadline_idx ON live_notification (deadline_id)',
    );
    await db.query(`
      CREATE TABLE stream_ticket (
        ticket_hash text PRIMARY KEY,
        user_id     text NOT NULL,
        username    text NOT NULL,
        role        text NOT NULL,
        branch      text NOT NULL,
        issuer      text NOT NULL,
        expires_at  timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX stream_ticket_expires_idx ON stream_ticket (expires_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE stream_ticket');
    await db.query('DROP TABLE live_notification');
  }
}
