import { MigrationInterface, QueryRunner } from 'typeorm';

/** Lockout counters on staff accounts, and refresh tokens (stored hashed) with their family. */
export class AddSignInAndRefreshTokens1795824000000 implements MigrationInterface {
  name = 'AddSignInAndRefreshTokens1795824000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE app_user
        ADD COLUMN failed_logins integer NOT NULL DEFAULT 0,
        ADD COLUMN locked_until  timestamptz`);
    // family_id ties every token rotated from one sign-in: reuse of a rotated token revokes it all.
    await db.query(`
      CREATE TABLE refresh_token (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id   uuid NOT NULL,
        user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash  text NOT NULL CONSTRAINT refresh_token_hash_key UNIQUE,
        expires_at  timestamptz NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        rotated_at  timestamptz,
        revoked_at  timestamptz
      )`);
    await db.query('CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)');
    await db.query('CREATE INDEX refresh_token_user_idx ON refresh_token (user_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE refresh_token');
    await db.query('ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until');
  }
}
