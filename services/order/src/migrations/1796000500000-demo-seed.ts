import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which parts of the demo desk were seeded (DEMO_DATA=true): each runs once per database. */
export class DemoSeed1796000500000 implements MigrationInterface {
  name = 'DemoSeed1796000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE demo_seed (part text PRIMARY KEY, seeded_at timestamptz NOT NULL)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE demo_seed');
  }
}
