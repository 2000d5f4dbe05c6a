import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read models billing keeps of other services' data (R24 item 1, R26): customer files from
 * order.customer.*, one row per shipment from order.* and tracking.*, its charge lines, and the
 * facts the monthly statistics count (exceptions, complaints, surveys).
 */
export class ChargesReadModel1795737600000 implements MigrationInterface {
  name = 'ChargesReadModel1795737600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE customer_account (
        customer_id  text PRIMARY KEY,
        branch       text NOT NULL,
        company      text NOT NULL,
        email        text,
        billing_kind text NOT NULL CHECK (billing_kind IN ('monthly', 'cash')),
        credit_days  integer NOT NULL CHECK (credit_days >= 0),
        updated_at   timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX customer_account_branch_idx ON customer_account (branch)');
    // A shipment's row is filled from both sides: order events (charges) and tracking events
    // (delivery, POD, exceptions), whichever arrives first (different topics, no order).
    await db.query(`
      CREATE TABLE shipment (
        waybill_no      text PRIMARY KEY,
        order_id        text,
        branch          text NOT NULL,
        customer_id     text NOT NULL,
        customer_name   text,
        placed_at       timestamptz,
        service_month   date,
        payment_terms   text,
        cod_minor       bigint,
        pod_required    boolean NOT NULL DEFAULT true,
        pieces          integer NOT NULL DEFAULT 0,
        weight_kg       numeric(12, 3) NOT NULL DEFAULT 0,
        net_minor       bigint NOT NULL DEFAULT 0,
        cancelled_at    timestamptz,
        delivered_at    timestamptz,
        on_time         boolean,
        pod_received_at timestamptz,
        exception_count integer NOT NULL DEFAULT 0,
        late_change     text
      )`);
    await db.query('CREATE INDEX shipment_month_idx ON shipment (service_month, branch)');
    await db.query('CREATE INDEX shipment_customer_idx ON shipment (customer_id)');
    await db.query(`
      CREATE TABLE charge_line (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        waybill_no     text NOT NULL,
        seq            integer NOT NULL,
        customer_id    text NOT NULL,
        branch         text NOT NULL,
        code           text NOT NULL,
        description    text NOT NULL,
        amount_minor   bigint NOT NULL,
        tax_rate       numeric(5, 4) NOT NULL,
        tax_minor      bigint NOT NULL,
        service_date   date NOT NULL,
        billing_period date,
        statement_id   uuid,
        check_mark     text CHECK (check_mark IN ('matched', 'excluded')),
        check_note     text,
        checked_by     jsonb,
        checked_at     timestamptz,
        UNIQUE (waybill_no, seq)
      )`);
    // the lines of a draft statement are its customer's charges of its period (decision 0071)
    await db.query(
      `CREATE INDEX charge_line_period_idx ON charge_line (branch, billing_period, customer_id)
         WHERE statement_id IS NULL`,
    );
    await db.query(
      'CREATE INDEX charge_line_customer_idx ON charge_line (customer_id, billing_period)',
    );
    await db.query(`
      CREATE TABLE exception_fact (
        exception_id text PRIMARY KEY,
        waybill_no   text NOT NULL,
        branch       text NOT NULL,
        kind         text NOT NULL,
        raised_at    timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE complaint_fact (
        complaint_id  text PRIMARY KEY,
        branch        text NOT NULL,
        customer_id   text,
        month         date NOT NULL,
        registered_at timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX complaint_fact_month_idx ON complaint_fact (month, branch)');
    await db.query(`
      CREATE TABLE survey_fact (
        survey_id   text PRIMARY KEY,
        branch      text NOT NULL,
        month       date NOT NULL,
        score       smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        answered_at timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX survey_fact_month_idx ON survey_fact (month, branch)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'survey_fact',
      'complaint_fact',
      'exception_fact',
      'charge_line',
      'shipment',
      'customer_account',
    ])
      await db.query(`DROP TABLE ${table}`);
  }
}
