import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R39 durable deadlines and their append-only history. The firer claims due rows through the
 * partial index on (next_fire_at, id) with FOR UPDATE SKIP LOCKED (docs/decisions/0030).
 */
export class CreateDeadline1795651400000 implements MigrationInterface {
  name = 'CreateDeadline1795651400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE deadline (
        id                  text PRIMARY KEY,
        rule                text NOT NULL,
        subject_type        text NOT NULL,
        subject_id          text NOT NULL,
        branch              text NOT NULL,
        calendar            jsonb NOT NULL,
        due_at              timestamptz NOT NULL,
        ladder              jsonb NOT NULL CONSTRAINT deadline_ladder_is_array CHECK (jsonb_typeof(ladder) = 'array'),
        state               text NOT NULL
          CONSTRAINT deadline_state_known CHECK (state IN ('armed', 'paused', 'escalated', 'completed', 'cancelled')),
        next_level          integer,
        next_fire_at        timestamptz,
        next_role           text,
        escalated_role      text,
        paused_remaining_ms bigint,
        payload             jsonb NOT NULL,
        arm_digest          text NOT NULL,
        version             integer NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT deadline_armed_has_fire_time CHECK (state <> 'armed' OR next_fire_at IS NOT NULL)
      )`);
    await db.query(
      `CREATE INDEX deadline_due_to_fire ON deadline (next_fire_at, id) WHERE state = 'armed'`,
    );
    await db.query(`CREATE INDEX deadline_by_subject ON deadline (subject_type, subject_id)`);
    await db.query(
      `CREATE INDEX deadline_open_by_branch ON deadline (branch, due_at) WHERE state IN ('armed', 'paused', 'escalated')`,
    );
    await db.query(`
      CREATE TABLE deadline_history (
        seq         bigserial PRIMARY KEY,
        deadline_id text NOT NULL REFERENCES deadline (id),
        kind        text NOT NULL
          CONSTRAINT deadline_history_kind_known CHECK (kind IN ('armed', 'moved', 'paused', 'resumed', 'level-fired', 'completed', 'cancelled')),
        at          timestamptz NOT NULL,
        details     jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX deadline_history_of ON deadline_history (deadline_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE deadline_history');
    await db.query('DROP TABLE deadline');
  }
}
