import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling by account and address (docs/decisions/0023) replaces the per-account
 * failure count: its counters live in `sign_in_limit`, in the row shape rate-limiter-flexible's
 * Postgres store reads and writes (key, points, expire in epoch ms). `locked_until` stays on the
 * account as the end of its latest lock from some address, for the admin view.
 */
export class SignInThrottling1796083200000 implements MigrationInterface {
  name = 'SignInThrottling1796083200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_in_limit (
        key     varchar(255) PRIMARY KEY,
        points  integer NOT NULL DEFAULT 0,
        expire  bigint
      )`);
    await db.query('CREATE INDEX sign_in_limit_expire_idx ON sign_in_limit (expire)');
    await db.query('ALTER TABLE app_user DROP COLUMN failed_logins');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE app_user ADD COLUMN failed_logins integer NOT NULL DEFAULT 0');
    await db.query('DROP TABLE sign_in_limit');
  }
}
