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
    // Wake-up (docs/decisions/0013): Postgres serialises the commits of every transaction that
    // sent a NOTIFY, so writers notify only while a relay sleeps (relay_idle), one notification
    // per inserting statement, delivered at commit — never before the data is visible. A busy
    // relay polls on its own.
    await queryRunner.query(
      `CREATE TABLE outbox_relay_state (id boolean PRIMARY KEY DEFAULT true CHECK (id), relay_idle boolean NOT NULL)`,
    );
    await queryRunner.query(`INSERT INTO outbox_relay_state (relay_idle) VALUES (true)`);
    await queryRunner.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT relay_idle FROM outbox_relay_state) THEN
          PERFORM pg_notify('${OUTBOX_CHANNEL}', '');
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER outbox_appended AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox`);
    await queryRunner.query(`DROP FUNCTION outbox_notify()`);
    await queryRunner.query(`DROP TABLE outbox_relay_state`);
  }
}
