import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel the outbox trigger notifies on commit; relays LISTEN on it. */
export const OUTBOX_CHANNEL = 'outbox_appended';

/**
 * The transactional outbox (architecture.md, Outbox). `id` is the commit order the relay keeps
 * per key; `published_at` is set by the relay once Kafka acknowledged the event.
 */
export class MessagingOutbox1764170000000 implements MigrationInterface {
  name = 'MessagingOutbox1764170000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        key text NOT NULL,
        envelope jsonb NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL`,
    );
    // The relay's "is an older event of this key still waiting?" check (docs/decisions/0010).
    await queryRunner.query(
      `CREATE INDEX outbox_unpublished_by_key ON outbox (key, id) WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL`,
    );
    // One notification per inserting statement, delivered at commit: never before the data is visible.
    await queryRunner.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${OUTBOX_CHANNEL}', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER outbox_appended AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox`);
    await queryRunner.query(`DROP FUNCTION outbox_notify()`);
  }
}
