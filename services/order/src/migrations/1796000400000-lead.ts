import { MigrationInterface, QueryRunner } from 'typeorm';

/** R9 leads, with their story (kept by the customer a lead becomes). */
export class Lead1796000400000 implements MigrationInterface {
  name = 'Lead1796000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE lead (
        lead_id     text PRIMARY KEY,
        branch      text NOT NULL,
        status      text NOT NULL,
        company     text NOT NULL,
        contact     jsonb NOT NULL,
        source      text NOT NULL,
        notes       text,
        created_at  timestamptz NOT NULL,
        created_by  jsonb NOT NULL,
        promising   jsonb,
        customer_id text,
        history     jsonb NOT NULL
      )`);
    await db.query(
      'CREATE INDEX lead_branch_created_idx ON lead (branch, created_at DESC, lead_id DESC)',
    );
    await db.query('CREATE INDEX lead_created_idx ON lead (created_at DESC, lead_id DESC)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE lead');
  }
}
