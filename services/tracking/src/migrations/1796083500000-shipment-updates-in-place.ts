import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ingest updates every shipment's status summary once per step. The list's index on status_at
 * made each of those updates write every index (the list sorts by placed_at anyway): an index on
 * what the list reads, and free room on each page, let most of them be HOT updates instead.
 */
export class ShipmentUpdatesInPlace1796083500000 implements MigrationInterface {
  name = 'ShipmentUpdatesInPlace1796083500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX shipment_branch_status_idx');
    await db.query(
      'CREATE INDEX shipment_branch_placed_idx ON shipment (branch, placed_at DESC, waybill_no DESC)',
    );
    await db.query('ALTER TABLE shipment SET (fillfactor = 70)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE shipment RESET (fillfactor)');
    await db.query('DROP INDEX shipment_branch_placed_idx');
    await db.query('CREATE INDEX shipment_branch_status_idx ON shipment (branch, status_at DESC)');
  }
}
