import { MigrationInterface, QueryRunner } from 'typeorm';

/** R39 business calendars: the working week each branch's deadlines are counted in. */
export class CreateCalendar1795651200000 implements MigrationInterface {
  name = 'CreateCalendar1795651200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE calendar (
        code         text PRIMARY KEY,
        name         text NOT NULL,
        time_zone    text NOT NULL,
        weekly_hours jsonb NOT NULL CONSTRAINT calendar_weekly_hours_is_object CHECK (jsonb_typeof(weekly_hours) = 'object'),
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE calendar');
  }
}
