import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox (architecture.md, Inbox): a consumer group inserts `(group, event id)` in the
 * transaction of its effect, so a redelivered event finds its row and is skipped. `event_id` is
 * text, not uuid: ids of partners' events (dispatch) are theirs to choose.
 */
export class MessagingInbox1764170000001 implements MigrationInterface {
  name = 'MessagingInbox1764170000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inbox (
        consumer_group text NOT NULL,
        event_id text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inbox`);
  }
}
