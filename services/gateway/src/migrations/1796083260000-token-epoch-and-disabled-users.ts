import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access tokens carry the user's token epoch (decision 0020): a role, branch or password change,
 * a disable and "revoke sessions" raise it, and tokens of an older epoch are refused. A disabled
 * account (disabled_at set) neither signs in nor uses a token it holds.
 */
export class TokenEpochAndDisabledUsers1796083260000 implements MigrationInterface {
  name = 'TokenEpochAndDisabledUsers1796083260000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE app_user
        ADD COLUMN token_epoch integer NOT NULL DEFAULT 0,
        ADD COLUMN disabled_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE app_user DROP COLUMN token_epoch, DROP COLUMN disabled_at');
  }
}
