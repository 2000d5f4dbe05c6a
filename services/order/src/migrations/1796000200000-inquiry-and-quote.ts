import { MigrationInterface, QueryRunner } from 'typeorm';

/** R2 inquiries with their 8-hour clock (R3), and the quotes sent. */
export class InquiryAndQuote1796000200000 implements MigrationInterface {
  name = 'InquiryAndQuote1796000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE inquiry (
        inquiry_id           text PRIMARY KEY,
        branch               text NOT NULL,
        status               text NOT NULL,
        customer_id          text,
        company              text NOT NULL,
        contact              jsonb NOT NULL,
        cargo                jsonb NOT NULL,
        origin               jsonb NOT NULL,
        destination          jsonb NOT NULL,
        expected_shipping_at timestamptz,
        service_options      jsonb NOT NULL,
        special_requirements text,
        important            boolean NOT NULL,
        assigned_to          jsonb NOT NULL,
        received_at          timestamptz NOT NULL,
        received_by          jsonb NOT NULL,
        deadline_id          text NOT NULL,
        answer_due_at        timestamptz,
        assessment           jsonb NOT NULL,
        answer               jsonb,
        callbacks            jsonb NOT NULL DEFAULT '[]',
        quote_id             text,
        escalations          jsonb NOT NULL DEFAULT '[]',
        version              integer NOT NULL
      )`);
    // the desk's lists: a branch's newest first (R41), and what is still waiting for its answer
    await db.query(
      'CREATE INDEX inquiry_branch_received_idx ON inquiry (branch, received_at DESC, inquiry_id DESC)',
    );
    await db.query(
      'CREATE INDEX inquiry_received_idx ON inquiry (received_at DESC, inquiry_id DESC)',
    );
    await db.query(`
      CREATE TABLE quote (
        quote_id        text PRIMARY KEY,
        inquiry_id      text NOT NULL REFERENCES inquiry (inquiry_id),
        branch          text NOT NULL,
        customer_id     text,
        status          text NOT NULL,
        lane            jsonb NOT NULL,
        price           jsonb NOT NULL,
        basis           jsonb NOT NULL,
        cargo           jsonb NOT NULL,
        service_options jsonb NOT NULL,
        lead_time_days  integer NOT NULL,
        valid_until     timestamptz NOT NULL,
        offered_at      timestamptz NOT NULL,
        offered_by      jsonb NOT NULL,
        accepted_at     timestamptz,
        accepted_by     jsonb,
        order_id        text UNIQUE,
        note            text
      )`);
    await db.query('CREATE INDEX quote_inquiry_idx ON quote (inquiry_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE quote');
    await db.query('DROP TABLE inquiry');
  }
}
