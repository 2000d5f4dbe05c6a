import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R27–R38 name three more roles staff sign in with: the workshop director (signs inbound slips,
 * approves requisitions), sales (outbound slips, returns, after-sales) and the gate guard (checks
 * gate passes as goods leave). Written out, not imported: a migration keeps its meaning.
 */
export class AddWarehouseRoles1796200000000 implements MigrationInterface {
  name = 'AddWarehouseRoles1796200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE app_user DROP CONSTRAINT app_user_role_check');
    await db.query(`
      ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN (
        'agent', 'branch-manager', 'hq-service', 'documents-clerk', 'dispatcher',
        'warehouse-keeper', 'qc-inspector', 'workshop-director', 'sales', 'gate-guard',
        'finance', 'general-manager', 'admin'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      "DELETE FROM app_user WHERE role IN ('workshop-director', 'sales', 'gate-guard')",
    );
    await db.query('ALTER TABLE app_user DROP CONSTRAINT app_user_role_check');
    await db.query(`
      ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN (
        'agent', 'branch-manager', 'hq-service', 'documents-clerk', 'dispatcher',
        'warehouse-keeper', 'qc-inspector', 'finance', 'general-manager', 'admin'))`);
  }
}
