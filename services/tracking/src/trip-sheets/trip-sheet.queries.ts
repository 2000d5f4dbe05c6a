import { Injectable } from '@nestjs/common';
import type { TrackingHttp } from '@freight/contracts';
import { Actor, Clock, DomainError, InjectClock } from '@freight/platform';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { staffRefOf } from '../staff';

type TripQuery = z.output<typeof TrackingHttp.tripSheetQuery>;
type FilingBody = z.output<typeof TrackingHttp.fileTripSheetBody>;

const MAX_DAYS = 31;

class RangeTooLong extends DomainError {
  constructor() {
    super(400, 'validation', `at most ${MAX_DAYS} days of trip sheets at a time`, {
      title: 'The request is not valid',
      errors: [{ field: 'to', message: `at most ${MAX_DAYS} days after from, and not before it` }],
    });
  }
}

/**
 * R14 "trip sheets filed": a trip sheet is one vehicle's day — the branch's waybills it carried,
 * where it went, who drove — derived from dispatch's steps; filing records where the paper copy
 * is kept (one per branch, vehicle and day).
 */
@Injectable()
export class TripSheetQueries {
  constructor(
    private readonly dataSource: DataSource,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async list(q: TripQuery) {
    const from = DateTime.fromISO(q.from, { zone: 'Asia/Shanghai' });
    const to = DateTime.fromISO(q.to, { zone: 'Asia/Shanghai' }).plus({ days: 1 });
    if (to <= from || to.diff(from, 'days').days > MAX_DAYS) throw new RangeTooLong();
    const rows: TripRow[] = await this.dataSource.query(
      `SELECT t.vehicle_plate, to_char((t.occurred_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS trip_date,
              s.branch, array_agg(DISTINCT t.waybill_no) AS waybills, count(*)::int AS steps,
              min(t.occurred_at) AS first_at, max(t.occurred_at) AS last_at,
              array_agg(DISTINCT t.place_name) AS places,
              array_remove(array_agg(DISTINCT t.driver_name), NULL) AS drivers,
              f.filed_at, f.filed_by, f.location, f.note
         FROM tracking_step t
         JOIN shipment s ON s.waybill_no = t.waybill_no
         LEFT JOIN trip_sheet_filing f ON f.branch = s.branch AND f.vehicle_plate = t.vehicle_plate
              AND f.trip_date = (t.occurred_at AT TIME ZONE 'Asia/Shanghai')::date
        WHERE t.applied AND t.occurred_at >= $1 AND t.occurred_at < $2
          AND ($3::text IS NULL OR s.branch = $3) AND ($4::text IS NULL OR t.vehicle_plate = $4)
        GROUP BY 1, 2, 3, f.filed_at, f.filed_by, f.location, f.note
        ORDER BY 2, 1, 3`,
      [from.toJSDate(), to.toJSDate(), q.branch ?? null, q.vehicle ?? null],
    );
    return {
      items: rows.map((r) => ({
        branch: r.branch,
        vehicle: r.vehicle_plate,
        date: r.trip_date,
        waybillNos: [...r.waybills].sort(),
        steps: r.steps,
        firstAt: r.first_at.toISOString(),
        lastAt: r.last_at.toISOString(),
        places: r.places,
        drivers: r.drivers,
        filing: r.filed_at
          ? {
              filedAt: r.filed_at.toISOString(),
              filedBy: r.filed_by!,
              location: r.location!,
              note: r.note,
            }
          : null,
      })),
    };
  }

  /** Records (or corrects) where a trip sheet's paper copy is filed. */
  async file(body: FilingBody, actor: Actor) {
    await this.dataSource.query(
      `INSERT INTO trip_sheet_filing (branch, vehicle_plate, trip_date, filed_at, filed_by, location, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (branch, vehicle_plate, trip_date) DO UPDATE
         SET filed_at = excluded.filed_at, filed_by = excluded.filed_by,
             location = excluded.location, note = excluded.note`,
      [
        body.branch,
        body.vehicle,
        body.date,
        this.clock.now(),
        staffRefOf(actor),
        body.location,
        body.note ?? null,
      ],
    );
    const sheets = await this.list({
      branch: body.branch,
      from: body.date,
      to: body.date,
      vehicle: body.vehicle,
    });
    return (
      sheets.items[0] ?? {
        branch: body.branch,
        vehicle: body.vehicle,
        date: body.date,
        waybillNos: [],
        steps: 0,
        firstAt: this.clock.now().toISOString(),
        lastAt: this.clock.now().toISOString(),
        places: [],
        drivers: [],
        filing: {
          filedAt: this.clock.now().toISOString(),
          filedBy: staffRefOf(actor),
          location: body.location,
          note: body.note ?? null,
        },
      }
    );
  }
}

interface TripRow {
  vehicle_plate: string;
  trip_date: string;
  branch: string;
  waybills: string[];
  steps: number;
  first_at: Date;
  last_at: Date;
  places: string[];
  drivers: string[];
  filed_at: Date | null;
  filed_by: { userId: string; username: string } | null;
  location: string | null;
  note: string | null;
}
