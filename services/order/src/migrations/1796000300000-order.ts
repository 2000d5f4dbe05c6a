import { MigrationInterface, QueryRunner } from 'typeorm';

/** R4 work orders with their waybills (R5), searched by R6, added up by R7; R8 pickup notices. */
export class Order1796000300000 implements MigrationInterface {
  name = 'Order1796000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE orders (
        order_id             text PRIMARY KEY,
        waybill_no           text NOT NULL UNIQUE,
        branch               text NOT NULL,
        status               text NOT NULL,
        customer_id          text NOT NULL,
        customer_company     text NOT NULL,
        agent                jsonb NOT NULL,
        shipper              jsonb NOT NULL,
        consignee            jsonb NOT NULL,
        lane_origin          text NOT NULL,
        lane_destination     text NOT NULL,
        cargo                jsonb NOT NULL,
        pieces               integer NOT NULL,
        weight_kg            numeric(12, 3) NOT NULL,
        volume_m3            numeric(12, 3) NOT NULL,
        service_options      jsonb NOT NULL,
        price                jsonb NOT NULL,
        net_minor            bigint NOT NULL,
        total_minor          bigint NOT NULL,
        payment_terms        text NOT NULL,
        pickup_from          timestamptz NOT NULL,
        pickup_to            timestamptz NOT NULL,
        promised_delivery_at timestamptz NOT NULL,
        requirements         text,
        cautions             text,
        customer_reference   text,
        quote_id             text UNIQUE,
        placed_at            timestamptz NOT NULL,
        ack_deadline_id      text,
        ack_round            integer NOT NULL,
        acknowledged_at      timestamptz,
        acknowledged_by      jsonb,
        dispatched_at        timestamptz,
        delivered_at         timestamptz,
        cancellation         jsonb,
        collection           jsonb,
        pickup_notices       integer NOT NULL DEFAULT 0,
        last_notified_at     timestamptz,
        escalations          jsonb NOT NULL DEFAULT '[]',
        version              integer NOT NULL
      )`);
    // R6: every search is an equality (or none) followed by the list's own order, newest first,
    // so each page is one range scan of one of these; R7 scans placed_at ranges.
    for (const [name, columns] of [
      ['orders_placed_idx', 'placed_at DESC, order_id DESC'],
      ['orders_branch_placed_idx', 'branch, placed_at DESC, order_id DESC'],
      ['orders_customer_placed_idx', 'customer_id, placed_at DESC, order_id DESC'],
      ['orders_lane_placed_idx', 'lane_origin, lane_destination, placed_at DESC, order_id DESC'],
      ['orders_status_placed_idx', 'status, placed_at DESC, order_id DESC'],
    ]) {
      await db.query(`CREATE INDEX ${name} ON orders (${columns})`);
    }
    // the shipper's own order number is theirs once (also what keeps demo data from repeating)
    await db.query(
      'CREATE UNIQUE INDEX orders_customer_reference_key ON orders (customer_id, customer_reference) WHERE customer_reference IS NOT NULL',
    );
    await db.query(`
      CREATE TABLE pickup_notice (
        notice_id      text PRIMARY KEY,
        order_id       text NOT NULL REFERENCES orders (order_id),
        channel        text NOT NULL,
        answered_by    jsonb NOT NULL,
        notified_at    timestamptz NOT NULL,
        notified_by    jsonb NOT NULL,
        pieces_arrived integer NOT NULL,
        cash           jsonb NOT NULL,
        text           text NOT NULL,
        note           text
      )`);
    await db.query('CREATE INDEX pickup_notice_order_idx ON pickup_notice (order_id, notified_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE pickup_notice');
    await db.query('DROP TABLE orders');
  }
}
