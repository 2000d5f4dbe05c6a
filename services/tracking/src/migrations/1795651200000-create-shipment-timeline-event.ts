import { MigrationInterface, QueryRunner } from 'typeorm';

/** R11 shipment timeline, fed by the dispatch system's tracking events. */
export class CreateShipmentTimelineEvent1795651200000 implements MigrationInterface {
  name = 'CreateShipmentTimelineEvent1795651200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE shipment_timeline_event (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        waybill_no        text NOT NULL,
        milestone         text NOT NULL CONSTRAINT shipment_timeline_event_milestone_check
          CHECK (milestone IN ('picked-up', 'departed', 'arrived-at-hub', 'out-for-delivery', 'delivered', 'exception')),
        occurred_at       timestamptz NOT NULL,
        place             text NOT NULL,
        vehicle           text,
        dispatch_event_id text NOT NULL CONSTRAINT shipment_timeline_event_dispatch_event_id_key UNIQUE,
        recorded_at       timestamptz NOT NULL DEFAULT now()
      )`);
    // a timeline is read per waybill, in the order things happened
    await db.query(
      'CREATE INDEX shipment_timeline_event_waybill_idx ON shipment_timeline_event (waybill_no, occurred_at)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE shipment_timeline_event');
  }
}
