import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R11: shipments (a read model of the order service's orders, plus where each one is) and
 * their timelines from dispatch; customers (their files, for notifications). Replaces the
 * placeholder timeline table of the service's stub.
 */
export class CreateShipmentAndTimeline1796083200000 implements MigrationInterface {
  name = 'CreateShipmentAndTimeline1796083200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS shipment_timeline_event');
    await db.query(`
      CREATE TABLE shipment (
        waybill_no            text PRIMARY KEY,
        order_id              text NOT NULL,
        branch                text NOT NULL,
        customer_id           text NOT NULL,
        customer_company      text NOT NULL,
        shipper               jsonb NOT NULL,
        consignee             jsonb NOT NULL,
        consignee_phone       text NOT NULL,
        origin                text NOT NULL,
        destination           text NOT NULL,
        cargo                 jsonb NOT NULL,
        features              text NOT NULL,
        pod_required          boolean NOT NULL,
        promised_delivery_at  timestamptz NOT NULL,
        pickup_from           timestamptz NOT NULL,
        placed_at             timestamptz NOT NULL,
        order_changed_at      timestamptz NOT NULL,
        cancelled_at          timestamptz,
        cancel_reason         text,
        status                text,
        progress_rank         smallint NOT NULL DEFAULT 0,
        progress_at           timestamptz,
        last_exception_at     timestamptz,
        status_at             timestamptz,
        last_place            jsonb,
        last_vehicle          text,
        picked_up_at          timestamptz,
        delivered_at          timestamptz,
        delay_exception_id    text,
        updated_at            timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX shipment_branch_status_idx ON shipment (branch, status_at DESC)');
    await db.query('CREATE INDEX shipment_customer_idx ON shipment (customer_id)');
    // R12 and the shipping notes look shipments up by their ship date
    await db.query(
      'CREATE INDEX shipment_ship_date_idx ON shipment (branch, (coalesce(picked_up_at, pickup_from)))',
    );
    await db.query('CREATE INDEX shipment_consignee_phone_idx ON shipment (consignee_phone)');

    // One row per step dispatch reported. The natural key makes a re-send under a new envelope
    // id land once (the inbox already skips a redelivered id), and serves the timeline query.
    await db.query(`
      CREATE TABLE tracking_step (
        id                bigserial PRIMARY KEY,
        waybill_no        text COLLATE "C" NOT NULL,
        occurred_at       timestamptz NOT NULL,
        status            text NOT NULL,
        place_code        text COLLATE "C" NOT NULL,
        place_name        text NOT NULL,
        vehicle_plate     text NOT NULL,
        driver_name       text,
        driver_phone      text,
        exception_kind    text,
        exception_note    text,
        dispatch_event_id text NOT NULL,
        recorded_at       timestamptz NOT NULL,
        applied           boolean NOT NULL,
        CONSTRAINT tracking_step_natural_key UNIQUE (waybill_no, occurred_at, status, place_code)
      )`);
    // parked steps (waybill not known yet): few, found when their order arrives
    await db.query(
      'CREATE INDEX tracking_step_parked_idx ON tracking_step (waybill_no) WHERE NOT applied',
    );
    // trip sheets by day: BRIN costs next to nothing per insert (steps arrive roughly in time order)
    await db.query(
      'CREATE INDEX tracking_step_occurred_brin ON tracking_step USING brin (occurred_at)',
    );

    await db.query(`
      CREATE TABLE customer (
        customer_id    text PRIMARY KEY,
        branch         text NOT NULL,
        company        text NOT NULL,
        email          text,
        mobile         text,
        changed_at     timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE customer_preference (
        customer_id      text PRIMARY KEY,
        branch           text NOT NULL,
        notify_statuses  text[] NOT NULL,
        email_to         text,
        sms_to           text,
        pod_return       text NOT NULL CHECK (pod_return IN ('return', 'keep')),
        pod_note         text,
        updated_at       timestamptz NOT NULL,
        updated_by       jsonb
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE customer_preference');
    await db.query('DROP TABLE customer');
    await db.query('DROP TABLE tracking_step');
    await db.query('DROP TABLE shipment');
  }
}
