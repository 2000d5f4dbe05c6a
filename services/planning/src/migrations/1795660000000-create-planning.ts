import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R40: the fleet per branch, the day's jobs (a read model of order events: pickups at shippers,
 * door deliveries at consignees) and one plan per branch and day with its routes.
 */
export class CreatePlanning1795660000000 implements MigrationInterface {
  name = 'CreatePlanning1795660000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vehicle (
        id                    text PRIMARY KEY,
        branch                text NOT NULL,
        name                  text NOT NULL,
        weight_capacity_kg    integer NOT NULL CHECK (weight_capacity_kg > 0),
        volume_capacity_m3    numeric(8, 2) NOT NULL CHECK (volume_capacity_m3 > 0),
        shift_from            text NOT NULL,
        shift_to              text NOT NULL,
        dangerous_goods_permit boolean NOT NULL,
        cost_per_km_minor     integer NOT NULL CHECK (cost_per_km_minor >= 0),
        cost_per_vehicle_minor integer NOT NULL CHECK (cost_per_vehicle_minor >= 0),
        currency              text NOT NULL DEFAULT 'CNY',
        active                boolean NOT NULL DEFAULT true,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX vehicle_branch_idx ON vehicle (branch, id)');
    await db.query(`
      CREATE TABLE planning_job (
        id               text PRIMARY KEY,
        branch           text NOT NULL,
        kind             text NOT NULL CHECK (kind IN ('pickup', 'delivery')),
        order_id         text NOT NULL,
        waybill_no       text NOT NULL,
        customer         text NOT NULL,
        name             text NOT NULL,
        phone            text NOT NULL,
        address          text NOT NULL,
        lat              double precision,
        lng              double precision,
        weight_kg        numeric(12, 2) NOT NULL,
        volume_m3        numeric(10, 3) NOT NULL,
        dangerous_goods_class text NOT NULL,
        window_from      timestamptz NOT NULL,
        window_to        timestamptz NOT NULL,
        service_minutes  integer NOT NULL,
        plan_date        date NOT NULL,
        status           text NOT NULL CHECK (status IN ('open', 'cancelled')),
        source_at        timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX planning_job_day_idx ON planning_job (branch, plan_date)');
    await db.query('CREATE INDEX planning_job_waybill_idx ON planning_job (waybill_no)');
    await db.query(`
      CREATE TABLE plan (
        id             text PRIMARY KEY,
        branch         text NOT NULL,
        plan_date      date NOT NULL,
        revision       integer NOT NULL,
        status         text NOT NULL CHECK (status IN ('draft', 'published')),
        stale          boolean NOT NULL DEFAULT false,
        stale_reasons  jsonb NOT NULL DEFAULT '[]',
        pins           jsonb NOT NULL DEFAULT '[]',
        routes         jsonb NOT NULL,
        unserved       jsonb NOT NULL,
        summary        jsonb NOT NULL,
        settings       jsonb NOT NULL,
        computed_at    timestamptz NOT NULL,
        published_at   timestamptz,
        published_by   jsonb,
        CONSTRAINT plan_branch_day_key UNIQUE (branch, plan_date)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE plan');
    await db.query('DROP TABLE planning_job');
    await db.query('DROP TABLE vehicle');
  }
}
