import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R41 "every change is audited": an append-only trail. The trigger refuses UPDATE and DELETE
 * (and TRUNCATE) for every database user, so not even a bug in the gateway can edit history.
 */
export class CreateAuditRecord1795824060000 implements MigrationInterface {
  name = 'CreateAuditRecord1795824060000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_record (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at             timestamptz NOT NULL DEFAULT now(),
        actor_id       text,
        actor_name     text,
        actor_role     text,
        actor_branch   text,
        action         text NOT NULL,
        target         text,
        outcome        text NOT NULL CONSTRAINT audit_record_outcome_check
                         CHECK (outcome IN ('succeeded', 'denied', 'failed')),
        status         integer NOT NULL,
        reason         text,
        correlation_id text NOT NULL,
        client_ip      text
      )`);
    await db.query('CREATE INDEX audit_record_at_idx ON audit_record (at DESC, id DESC)');
    await db.query('CREATE INDEX audit_record_actor_idx ON audit_record (actor_id, id DESC)');
    await db.query(`
      CREATE FUNCTION audit_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_record is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_record_no_update_or_delete
        BEFORE UPDATE OR DELETE ON audit_record
        FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_record_no_truncate
        BEFORE TRUNCATE ON audit_record
        FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_record');
    await db.query('DROP FUNCTION audit_record_is_append_only()');
  }
}
