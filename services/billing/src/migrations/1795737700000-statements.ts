import { MigrationInterface, QueryRunner } from 'typeorm';

/** R24: month-end closes, statements and their frozen lines, and the mail that sends them. */
export class Statements1795737700000 implements MigrationInterface {
  name = 'Statements1795737700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE month_close (
        branch       text NOT NULL,
        period       date NOT NULL,
        status       text NOT NULL CHECK (status IN ('scheduled', 'running', 'done')),
        after_customer text,
        statements   integer NOT NULL DEFAULT 0,
        started_at   timestamptz,
        finished_at  timestamptz,
        PRIMARY KEY (branch, period)
      )`);
    await db.query(`
      CREATE TABLE statement (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        branch           text NOT NULL,
        customer_id      text NOT NULL,
        customer_name    text NOT NULL,
        email            text,
        credit_days      integer NOT NULL,
        period           date NOT NULL,
        status           text NOT NULL CHECK (status IN ('draft', 'checked', 'sent', 'invoiced')),
        line_count       integer NOT NULL,
        net_minor        bigint NOT NULL,
        tax_minor        bigint NOT NULL,
        drafted_at       timestamptz NOT NULL,
        checked_at       timestamptz,
        checked_by       jsonb,
        sent_at          timestamptz,
        token_hash       text UNIQUE,
        link_expires_at  timestamptz,
        answered_at      timestamptz,
        answered_by      text,
        answer_note      text,
        invoice_no       text,
        escalation       jsonb,
        UNIQUE (customer_id, period)
      )`);
    await db.query('CREATE INDEX statement_branch_idx ON statement (branch, drafted_at, id)');
    await db.query(`
      CREATE TABLE statement_line (
        statement_id      uuid NOT NULL REFERENCES statement (id),
        line_no           integer NOT NULL,
        charge_line_id    uuid NOT NULL UNIQUE,
        waybill_no        text NOT NULL,
        service_date      date NOT NULL,
        code              text NOT NULL,
        description       text NOT NULL,
        amount_minor      bigint NOT NULL,
        tax_rate          numeric(5, 4) NOT NULL,
        tax_minor         bigint NOT NULL,
        dispute_reason    text,
        dispute_raised_at timestamptz,
        dispute_raised_by text,
        dispute_outcome   text CHECK (dispute_outcome IN ('open', 'credited', 'rejected')),
        dispute_note      text,
        credit_note_no    text,
        PRIMARY KEY (statement_id, line_no)
      )`);
    await db.query(`
      CREATE TABLE mail_job (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        statement_id    uuid NOT NULL REFERENCES statement (id),
        to_address      text NOT NULL,
        link            text,
        status          text NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
        attempts        integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at         timestamptz,
        last_error      text,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX mail_job_due_idx ON mail_job (next_attempt_at) WHERE status = 'queued'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['mail_job', 'statement_line', 'statement', 'month_close'])
      await db.query(`DROP TABLE ${table}`);
  }
}
