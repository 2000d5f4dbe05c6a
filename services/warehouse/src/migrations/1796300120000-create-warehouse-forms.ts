import { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns every form starts with: its number, branch, state and trail of steps. */
const FORM = `
  id         text PRIMARY KEY,
  branch     text NOT NULL,
  status     text NOT NULL,
  created_at timestamptz NOT NULL,
  created_by jsonb NOT NULL,
  trail      jsonb NOT NULL DEFAULT '[]'`;

const FORMS: Record<string, string> = {
  // R27
  inbound_slip: `receiving_unit text, slip_date date, lines jsonb NOT NULL, approval_id text NOT NULL,
    director_signature jsonb, inspection jsonb, receipt jsonb`,
  // R29
  qc_clearance: `item_code text NOT NULL REFERENCES item (code), quantity numeric(14, 3) NOT NULL,
    remaining numeric(14, 3) NOT NULL CHECK (remaining >= 0), result text NOT NULL,
    report_no text NOT NULL, findings text`,
  // R29, R30, R33
  sale: `kind text NOT NULL, buyer jsonb NOT NULL, lines jsonb NOT NULL, total_minor bigint NOT NULL,
    note text, price_approval_id text, gate_pass_id text, issue_list jsonb NOT NULL,
    issued_at timestamptz, left_at timestamptz, settlement jsonb, overdue jsonb NOT NULL DEFAULT '[]'`,
  // R29
  gate_pass: `document_type text NOT NULL, document_id text NOT NULL, basis text NOT NULL,
    payment jsonb, lines jsonb NOT NULL, goods_issued_at timestamptz, left_at timestamptz,
    exit_id text, UNIQUE (document_type, document_id)`,
  gate_exit: `gate_pass_id text UNIQUE, vehicle text, carrier text, description text,
    guard jsonb NOT NULL, fine_id text`,
  // R31
  return_slip: `sale_id text, buyer jsonb NOT NULL, returned_on date NOT NULL, lines jsonb NOT NULL,
    inspection jsonb, handling_report jsonb, approval_id text, booked_at timestamptz,
    booked_late boolean NOT NULL DEFAULT false, accounting jsonb`,
  // R32
  replacement: `customer jsonb NOT NULL, item_code text NOT NULL REFERENCES item (code),
    quantity numeric(14, 3) NOT NULL, old_part jsonb NOT NULL, reason text NOT NULL,
    new_goes_first boolean NOT NULL, approval_id text NOT NULL, gate_pass_id text,
    shipped_at timestamptz, item_value_minor bigint, old_part_due_at timestamptz,
    fine_ids jsonb NOT NULL DEFAULT '[]'`,
  // R34
  entrusted_requisition: `processor text NOT NULL, requested_at timestamptz NOT NULL,
    purpose text NOT NULL, requester jsonb NOT NULL, issuer jsonb, approver jsonb,
    approval_id text NOT NULL, gate_pass_id text, issued_at timestamptz, total_minor bigint NOT NULL,
    lines jsonb NOT NULL, returns jsonb NOT NULL DEFAULT '[]',
    compensation_lists jsonb NOT NULL DEFAULT '[]', processor_confirmation jsonb,
    due_at timestamptz, overdue jsonb NOT NULL DEFAULT '[]'`,
  // R35
  purchase_receipt: `notice_no text NOT NULL, supplier text NOT NULL, purchaser text NOT NULL,
    lines jsonb NOT NULL, inspection jsonb, provisional jsonb, receipt jsonb`,
  // R36, R37
  requisition: `purpose text NOT NULL, workshop text, plan_ref text, use text NOT NULL,
    custody boolean NOT NULL, buyer jsonb, lines jsonb NOT NULL, approval_id text NOT NULL,
    approver jsonb, gate_pass_id text, issued_at timestamptz, issuer jsonb`,
  // R28
  stock_adjustment: `kind text NOT NULL, count_sheet_id text, reason text NOT NULL,
    lines jsonb NOT NULL, approval_id text NOT NULL, movement_seqs jsonb NOT NULL DEFAULT '[]'`,
  count_sheet: `category text NOT NULL, count_date date NOT NULL, closed_at timestamptz,
    closed_by jsonb, summary jsonb, UNIQUE (branch, category, count_date)`,
};

/**
 * The forms of R27–R37, one table each (their lines and signatures as JSON: a form is read and
 * written whole), the R28 count lines, and R36 workshop custody with its month-end reports.
 */
export class CreateWarehouseForms1796300120000 implements MigrationInterface {
  name = 'CreateWarehouseForms1796300120000';

  async up(db: QueryRunner): Promise<void> {
    for (const [table, columns] of Object.entries(FORMS)) {
      await db.query(`CREATE TABLE ${table} (${FORM}, ${columns})`);
      await db.query(
        `CREATE INDEX ${table}_list_idx ON ${table} (branch, created_at DESC, id DESC)`,
      );
    }
    await db.query(`
      CREATE TABLE count_line (
        sheet_id         text NOT NULL REFERENCES count_sheet (id),
        item_code        text NOT NULL REFERENCES item (code),
        counted_quantity numeric(14, 3),
        ledger_quantity  numeric(14, 3),
        card_quantity    numeric(14, 3),
        idle_since       timestamptz,
        PRIMARY KEY (sheet_id, item_code)
      )`);
    await db.query(`
      CREATE TABLE workshop_custody (
        branch      text NOT NULL,
        workshop    text NOT NULL,
        item_code   text NOT NULL REFERENCES item (code),
        quantity    numeric(14, 3) NOT NULL CHECK (quantity >= 0),
        value_minor bigint NOT NULL CHECK (value_minor >= 0),
        month       text NOT NULL,
        PRIMARY KEY (branch, workshop, item_code)
      )`);
    await db.query(`
      CREATE TABLE custody_report (
        id           text PRIMARY KEY,
        branch       text NOT NULL,
        workshop     text NOT NULL,
        month        text NOT NULL,
        reported_by  text NOT NULL,
        booked_by    jsonb NOT NULL,
        booked_at    timestamptz NOT NULL,
        return_date  date NOT NULL,
        reissue_date date NOT NULL,
        lines        jsonb NOT NULL,
        UNIQUE (branch, workshop, month)
      )`);
    await db.query(`
      CREATE TABLE custody_deadline (
        branch   text NOT NULL,
        workshop text NOT NULL,
        month    text NOT NULL,
        PRIMARY KEY (branch, workshop, month)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['custody_deadline', 'custody_report', 'workshop_custody', 'count_line'])
      await db.query(`DROP TABLE ${table}`);
    for (const table of Object.keys(FORMS).reverse()) await db.query(`DROP TABLE ${table}`);
  }
}
