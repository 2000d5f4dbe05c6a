import { MigrationInterface, QueryRunner } from 'typeorm';

/** R3 rate tables: versions with validity dates; lanes, regions and surcharges as documents. */
export class RateTable1796000100000 implements MigrationInterface {
  name = 'RateTable1796000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rate_table (
        rate_table_id        text PRIMARY KEY,
        version              integer NOT NULL UNIQUE,
        name                 text NOT NULL,
        valid_from           timestamptz NOT NULL,
        valid_to             timestamptz CHECK (valid_to IS NULL OR valid_to > valid_from),
        volumetric_factor    numeric NOT NULL,
        minimum_charge_minor bigint NOT NULL,
        dangerous_goods      jsonb NOT NULL,
        fees                 jsonb NOT NULL,
        regions              jsonb NOT NULL,
        lanes                jsonb NOT NULL,
        created_at           timestamptz NOT NULL,
        created_by           jsonb NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rate_table');
  }
}
