import type { StepFacts } from './shipment-status.rules';

/** A step as stored (tracking_step): dispatch's facts and the row id exceptions refer to. */
export interface StoredStep extends StepFacts {
  id: number;
  waybillNo: string;
}

/** A tracking_step row as Postgres returns it (RETURNING * / SELECT *). */
export interface TrackingStepRow {
  id: string;
  waybill_no: string;
  occurred_at: Date;
  status: StepFacts['status'];
  place_code: string;
  place_name: string;
  vehicle_plate: string;
  driver_name: string | null;
  driver_phone: string | null;
  exception_kind: NonNullable<StepFacts['exception']>['kind'] | null;
  exception_note: string | null;
  recorded_at: Date;
}

export function storedStep(row: TrackingStepRow): StoredStep {
  return {
    id: Number(row.id),
    waybillNo: row.waybill_no,
    status: row.status,
    occurredAt: row.occurred_at,
    place: { code: row.place_code, name: row.place_name },
    vehiclePlate: row.vehicle_plate,
    driverName: row.driver_name,
    exception: row.exception_kind
      ? { kind: row.exception_kind, note: row.exception_note ?? '' }
      : null,
  };
}
