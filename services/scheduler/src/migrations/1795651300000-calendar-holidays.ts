import { MigrationInterface, QueryRunner } from 'typeorm';

/** R39: a branch's holidays and extra working days (e.g. a Saturday worked for a holiday). */
export class CalendarHolidays1795651300000 implements MigrationInterface {
  name = 'CalendarHolidays1795651300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE calendar
        ADD COLUMN holidays jsonb NOT NULL DEFAULT '[]'
          CONSTRAINT calendar_holidays_is_array CHECK (jsonb_typeof(holidays) = 'array'),
        ADD COLUMN extra_working_days jsonb NOT NULL DEFAULT '[]'
          CONSTRAINT calendar_extra_working_days_is_array CHECK (jsonb_typeof(extra_working_days) = 'array')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE calendar DROP COLUMN extra_working_days, DROP COLUMN holidays');
  }
}
