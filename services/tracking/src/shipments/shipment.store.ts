import type { EntityManager } from 'typeorm';
import type { Shipment } from './shipment.entity';
import { storedStep, StoredStep, TrackingStepRow } from './tracking-step';

// The ingest path's SQL (R11): a chunk of up to 2000 dispatch steps is a handful of statements,
// each carrying its rows as one JSON parameter, whatever the chunk's size.

/** What applying steps needs of a shipment: the order's keys and the tracking summary. */
export type ShipmentHead = Pick<
  Shipment,
  | 'waybillNo'
  | 'orderId'
  | 'branch'
  | 'customerId'
  | 'customerCompany'
  | 'podRequired'
  | 'promisedDeliveryAt'
  | 'delayExceptionId'
  | 'status'
  | 'progressRank'
  | 'progressAt'
  | 'lastExceptionAt'
  | 'statusAt'
  | 'lastPlace'
  | 'lastVehicle'
  | 'pickedUpAt'
  | 'deliveredAt'
>;

const HEAD = `waybill_no AS "waybillNo", order_id AS "orderId", branch, customer_id AS "customerId",
  customer_company AS "customerCompany", pod_required AS "podRequired",
  promised_delivery_at AS "promisedDeliveryAt", delay_exception_id AS "delayExceptionId", status,
  progress_rank AS "progressRank", progress_at AS "progressAt", last_exception_at AS "lastExceptionAt",
  status_at AS "statusAt", last_place AS "lastPlace", last_vehicle AS "lastVehicle",
  picked_up_at AS "pickedUpAt", delivered_at AS "deliveredAt"`;

/** The shipments known among `waybills`, locked in waybill order (no deadlock between chunks). */
export async function lockShipments(
  m: EntityManager,
  waybills: string[],
): Promise<Map<string, ShipmentHead>> {
  if (waybills.length === 0) return new Map();
  const rows: ShipmentHead[] = await m.query(
    `SELECT ${HEAD} FROM shipment WHERE waybill_no = ANY($1::text[]) ORDER BY waybill_no FOR UPDATE`,
    [waybills],
  );
  return new Map(rows.map((r) => [r.waybillNo, r]));
}

/**
 * A waybill's turn, held until commit: the order's arrival and a step for a waybill not known
 * yet take turns, so a step is never parked just as its order is being recorded (and then
 * missed). Taken only for waybills without a shipment row, which are few.
 */
export async function lockWaybills(m: EntityManager, waybills: string[]): Promise<void> {
  if (waybills.length === 0) return;
  await m.query(
    `SELECT pg_advisory_xact_lock(hashtext(w)) FROM unnest($1::text[]) AS w ORDER BY w`,
    [[...waybills].sort()],
  );
}

export interface NewStep {
  eventId: string;
  waybillNo: string;
  occurredAt: string;
  status: string;
  place: { code: string; name: string };
  vehicle: { plate: string };
  driver?: { name: string; phone?: string };
  exception?: { kind: string; note: string };
}

/**
 * Inserts the steps (a known shipment's applied, an unknown one's parked) and returns those that
 * are new: a step dispatch re-sent under a new id (same waybill, status, time and place) is not.
 */
export async function insertSteps(
  m: EntityManager,
  steps: NewStep[],
  isKnown: (waybillNo: string) => boolean,
  recordedAt: Date,
): Promise<{ step: StoredStep; applied: boolean }[]> {
  const rows = steps.map((s) => ({
    w: s.waybillNo,
    o: s.occurredAt,
    s: s.status,
    pc: s.place.code,
    pn: s.place.name,
    vp: s.vehicle.plate,
    dn: s.driver?.name ?? null,
    dp: s.driver?.phone ?? null,
    ek: s.exception?.kind ?? null,
    en: s.exception?.note ?? null,
    id: s.eventId,
    a: isKnown(s.waybillNo),
  }));
  const inserted: (TrackingStepRow & { applied: boolean })[] = await m.query(
    `INSERT INTO tracking_step (waybill_no, occurred_at, status, place_code, place_name, vehicle_plate,
                                driver_name, driver_phone, exception_kind, exception_note,
                                dispatch_event_id, recorded_at, applied)
     SELECT w, o, s, pc, pn, vp, dn, dp, ek, en, id, $2, a
       FROM jsonb_to_recordset($1::jsonb) AS r(w text, o timestamptz, s text, pc text, pn text,
            vp text, dn text, dp text, ek text, en text, id text, a boolean)
     ON CONFLICT ON CONSTRAINT tracking_step_natural_key DO NOTHING
     RETURNING *`,
    [JSON.stringify(rows), recordedAt],
  );
  return inserted.map((row) => ({ step: storedStep(row), applied: row.applied }));
}

/** A waybill's parked steps, now applied (its order arrived). */
export async function takeParkedSteps(m: EntityManager, waybillNo: string): Promise<StoredStep[]> {
  const rows: TrackingStepRow[] = await m.query(
    // a SELECT around the UPDATE: TypeORM answers a bare UPDATE … RETURNING as [rows, count]
    `WITH taken AS (UPDATE tracking_step SET applied = true WHERE waybill_no = $1 AND NOT applied RETURNING *)
     SELECT * FROM taken`,
    [waybillNo],
  );
  return rows.map(storedStep);
}

/** Writes the tracking summaries of shipments whose steps were applied. */
export async function saveSummaries(
  m: EntityManager,
  shipments: ShipmentHead[],
  now: Date,
): Promise<void> {
  if (shipments.length === 0) return;
  const rows = shipments.map((s) => ({
    w: s.waybillNo,
    st: s.status,
    pr: s.progressRank,
    pa: s.progressAt,
    le: s.lastExceptionAt,
    sa: s.statusAt,
    lp: s.lastPlace,
    lv: s.lastVehicle,
    pu: s.pickedUpAt,
    de: s.deliveredAt,
  }));
  await m.query(
    `UPDATE shipment s
        SET status = r.st, progress_rank = r.pr, progress_at = r.pa, last_exception_at = r.le,
            status_at = r.sa, last_place = r.lp, last_vehicle = r.lv, picked_up_at = r.pu,
            delivered_at = r.de, updated_at = $2
       FROM jsonb_to_recordset($1::jsonb) AS r(w text, st text, pr smallint, pa timestamptz,
            le timestamptz, sa timestamptz, lp jsonb, lv text, pu timestamptz, de timestamptz)
      WHERE s.waybill_no = r.w`,
    [JSON.stringify(rows), now],
  );
}
