import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the inbox pruner find old rows without a full scan: rows are appended in about
 * `processed_at` order, so a BRIN index stays tiny and costs the consumer's inserts next to
 * nothing (a B-tree would add an index insert to every inbox row).
 */
export class MessagingInboxPruning1764170000002 implements MigrationInterface {
  name = 'MessagingInboxPruning1764170000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX inbox_processed_at ON inbox USING brin (processed_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX inbox_processed_at`);
  }
}
