import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inbox keys compare byte by byte (collation "C"): they are identifiers, never sorted for people,
 * and the database's default collation would run every comparison of a key insert through the
 * locale's rules. Rebuilds the primary key.
 */
export class MessagingInboxCollation1764170000003 implements MigrationInterface {
  name = 'MessagingInboxCollation1764170000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE inbox
        ALTER COLUMN consumer_group TYPE text COLLATE "C",
        ALTER COLUMN event_id TYPE text COLLATE "C"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE inbox
        ALTER COLUMN consumer_group TYPE text COLLATE "default",
        ALTER COLUMN event_id TYPE text COLLATE "default"`);
  }
}
