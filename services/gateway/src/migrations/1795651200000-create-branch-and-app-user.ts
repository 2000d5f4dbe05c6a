import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R41 branches and staff accounts. The role list is written out here, not imported from
 * roles.ts: a migration must keep meaning what it meant when it ran.
 */
export class CreateBranchAndAppUser1795651200000 implements MigrationInterface {
  name = 'CreateBranchAndAppUser1795651200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE branch (
        code       text PRIMARY KEY CONSTRAINT branch_code_format CHECK (code ~ '^[A-Z][A-Z0-9]{1,7}$'),
        name       text NOT NULL,
        time_zone  text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE app_user (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username      text NOT NULL CONSTRAINT app_user_username_key UNIQUE,
        display_name  text NOT NULL,
        role          text NOT NULL CONSTRAINT app_user_role_check CHECK (role IN (
                        'agent', 'branch-manager', 'hq-service', 'documents-clerk', 'dispatcher',
                        'warehouse-keeper', 'qc-inspector', 'finance', 'general-manager', 'admin')),
        branch_code   text NOT NULL CONSTRAINT app_user_branch_code_fkey REFERENCES branch (code),
        password_hash text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX app_user_branch_code_idx ON app_user (branch_code)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE app_user');
    await db.query('DROP TABLE branch');
  }
}
