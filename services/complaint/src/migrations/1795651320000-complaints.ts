import { MigrationInterface, QueryRunner } from 'typeorm';

/** R17 complaints, the R18 register (steps, escalations) and its managed list of causes. */
export class Complaints1795651320000 implements MigrationInterface {
  name = 'Complaints1795651320000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE complaint_cause (
        code   text PRIMARY KEY,
        label  text NOT NULL,
        active boolean NOT NULL DEFAULT true
      )`);
    await db.query(`
      INSERT INTO complaint_cause (code, label) VALUES
        ('late-delivery', '延误 late delivery'),
        ('damage', '货损 damaged goods'),
        ('shortage', '少货 shortage'),
        ('wrong-delivery', '错送 wrong delivery'),
        ('staff-attitude', '服务态度 staff attitude'),
        ('billing-error', '费用差错 billing error'),
        ('no-callback', '未回复 no call back'),
        ('other', '其他 other')`);
    await db.query('CREATE SEQUENCE complaint_number_seq');
    await db.query(`
      CREATE TABLE complaint (
        id                 text PRIMARY KEY,
        branch             text NOT NULL,
        call_id            uuid,
        caller_name        text,
        caller_phone       text,
        phone_digits       text,
        customer_id        text,
        waybill_no         text,
        cause              text NOT NULL REFERENCES complaint_cause (code),
        description        text NOT NULL,
        customer_request   text NOT NULL,
        important          boolean NOT NULL,
        solved_on_call     boolean NOT NULL,
        state              text NOT NULL CHECK (state IN ('open', 'replied', 'closed')),
        round              int NOT NULL DEFAULT 1,
        registered_at      timestamptz NOT NULL,
        registered_by      jsonb NOT NULL,
        reply_due_at       timestamptz,
        round_started_at   timestamptz NOT NULL,
        first_replied_at   timestamptz,
        replied_within     boolean,
        closed_at          timestamptz,
        result             text,
        customer_opinion   jsonb,
        assignee_role      text NOT NULL,
        assignee           text,
        level              int NOT NULL DEFAULT 0,
        ladder             jsonb NOT NULL,
        staff_at_fault     jsonb NOT NULL DEFAULT '[]',
        accountable_manager text,
        manager_neglect    jsonb
      )`);
    await db.query(
      'CREATE INDEX complaint_branch_registered_idx ON complaint (branch, registered_at DESC, id)',
    );
    await db.query("CREATE INDEX complaint_open_idx ON complaint (branch) WHERE state <> 'closed'");
    // R21: the few complaints that carry fines, per month
    await db.query(`CREATE INDEX complaint_fined_idx ON complaint (registered_at)
      WHERE staff_at_fault <> '[]'::jsonb OR manager_neglect IS NOT NULL`);
    await db.query(`
      CREATE TABLE complaint_step (
        id            bigserial PRIMARY KEY,
        complaint_id  text NOT NULL REFERENCES complaint (id),
        at            timestamptz NOT NULL,
        kind          text NOT NULL,
        by_user       jsonb,
        text          text NOT NULL,
        hq_only       boolean NOT NULL DEFAULT false
      )`);
    await db.query(
      'CREATE INDEX complaint_step_complaint_idx ON complaint_step (complaint_id, id)',
    );
    await db.query(`
      CREATE TABLE complaint_escalation (
        complaint_id  text NOT NULL REFERENCES complaint (id),
        round         int NOT NULL,
        level         int NOT NULL,
        role          text NOT NULL,
        assignee      text,
        raised_at     timestamptz NOT NULL,
        branch        text NOT NULL,
        PRIMARY KEY (complaint_id, round, level)
      )`);
    await db.query(
      'CREATE INDEX complaint_escalation_branch_idx ON complaint_escalation (branch, raised_at)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE complaint_escalation');
    await db.query('DROP TABLE complaint_step');
    await db.query('DROP TABLE complaint');
    await db.query('DROP SEQUENCE complaint_number_seq');
    await db.query('DROP TABLE complaint_cause');
  }
}
