import { MigrationInterface, QueryRunner } from 'typeorm';

/** A shipment's complaints, for the gateway's composed waybill view (issue 22 item 6). */
export class ComplaintWaybillIndex1795651360000 implements MigrationInterface {
  name = 'ComplaintWaybillIndex1795651360000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE INDEX complaint_waybill_idx ON complaint (waybill_no) WHERE waybill_no IS NOT NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX complaint_waybill_idx');
  }
}
