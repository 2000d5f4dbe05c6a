import { MigrationInterface, QueryRunner } from 'typeorm';

/** The public tracking route's wrong guesses per waybill, so 4 digits cannot be tried out. */
export class CreatePublicLookupFailure1796083440000 implements MigrationInterface {
  name = 'CreatePublicLookupFailure1796083440000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE public_lookup_failure (
        id          bigserial PRIMARY KEY,
        waybill_no  text NOT NULL,
        at          timestamptz NOT NULL
      )`);
    await db.query(
      'CREATE INDEX public_lookup_failure_idx ON public_lookup_failure (waybill_no, at)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE public_lookup_failure');
  }
}
