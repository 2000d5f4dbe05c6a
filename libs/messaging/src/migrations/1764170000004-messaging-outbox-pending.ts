import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unpublished events are listed in their own small table, `outbox_pending`, instead of partial
 * indexes on `outbox.published_at` (docs/decisions/0015). An index that names `published_at`
 * made the relay's "published" mark a full copy of the row, envelope and all, plus index
 * entries; with no index naming it, and room left on each page (fillfactor 50), the mark is a
 * HOT update that Postgres logs as the changed bytes only. Pruning finds old rows through a
 * BRIN index on `created_at`, which no update touches.
 */
export class MessagingOutboxPending1764170000004 implements MigrationInterface {
  name = 'MessagingOutboxPending1764170000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_pending (
        id bigint PRIMARY KEY,
        key text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    // The relay's "is an older event of this key still waiting?" check (docs/decisions/0010).
    await queryRunner.query(`CREATE INDEX outbox_pending_by_key ON outbox_pending (key, id)`);
    await queryRunner.query(`
      INSERT INTO outbox_pending (id, key, created_at)
      SELECT id, key, created_at FROM outbox WHERE published_at IS NULL`);
    await queryRunner.query(`DROP INDEX outbox_unpublished`);
    await queryRunner.query(`DROP INDEX outbox_unpublished_by_key`);
    await queryRunner.query(`DROP INDEX outbox_published_at`);
    await queryRunner.query(`CREATE INDEX outbox_created_at ON outbox USING brin (created_at)`);
    await queryRunner.query(`ALTER TABLE outbox SET (fillfactor = 50)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox RESET (fillfactor)`);
    await queryRunner.query(`DROP INDEX outbox_created_at`);
    await queryRunner.query(
      `CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX outbox_unpublished_by_key ON outbox (key, id) WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL`,
    );
    await queryRunner.query(`DROP TABLE outbox_pending`);
  }
}
