import { ContractRegistry, defineEvent, EventContract } from '@freight/contracts';
import { OutboxWriter, OutgoingEvent, type EventEnvelope } from '@freight/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { openMessagingDatabase } from './messaging-database';

/** The suite's own event: a parcel scanned at step `seq`; per-parcel order is what we check. */
export const parcelScan = z.object({ parcelId: z.string(), seq: z.number().int() });
export type ParcelScan = z.infer<typeof parcelScan>;
export const PARCEL_SCANNED = 'conformance.parcel.scanned';

export function parcelScanRegistry(topic: string): ContractRegistry {
  const contract = defineEvent({
    type: PARCEL_SCANNED,
    version: 1,
    topic,
    schema: parcelScan,
    key: (scan) => scan.parcelId,
    description: 'conformance suite event',
    example: { parcelId: 'P-1', seq: 1 },
  });
  return new ContractRegistry([contract as EventContract]);
}

/** A service database: messaging migrations plus the effect table and a switch to fail scans. */
export async function openParcelDatabase(url: string): Promise<DataSource> {
  const dataSource = await openMessagingDatabase(url);
  await dataSource.query(`CREATE TABLE IF NOT EXISTS parcel_scans (
    arrival bigserial PRIMARY KEY, event_id text NOT NULL, parcel_id text NOT NULL, seq int NOT NULL)`);
  await dataSource.query(`CREATE TABLE IF NOT EXISTS failing_scans (seq int PRIMARY KEY)`);
  return dataSource;
}

/**
 * The effect: one row per scan, deliberately without a unique constraint, so a duplicate effect
 * shows up as a second row. A scan whose seq is listed in failing_scans throws (a poison event).
 */
export async function recordScans(events: EventEnvelope[], manager: EntityManager): Promise<void> {
  const scans = events.map((e) => ({ id: e.id, ...(e.data as ParcelScan) }));
  const failing: { seq: number }[] = await manager.query(
    `SELECT seq FROM failing_scans WHERE seq = ANY($1::int[])`,
    [scans.map((s) => s.seq)],
  );
  if (failing.length > 0) throw new Error(`scanner rejected scan ${failing[0].seq}`);
  await manager.query(
    `INSERT INTO parcel_scans (event_id, parcel_id, seq) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
    [scans.map((s) => s.id), scans.map((s) => s.parcelId), scans.map((s) => s.seq)],
  );
}

/** Writes scans through the outbox, `perTransaction` at a time, as handlers would. */
export async function writeScans(
  dataSource: DataSource,
  writer: OutboxWriter<OutgoingEvent>,
  scans: ParcelScan[],
  perTransaction = 500,
) {
  for (let i = 0; i < scans.length; i += perTransaction) {
    const slice = scans.slice(i, i + perTransaction);
    await dataSource.transaction((manager) =>
      writer.append(
        manager,
        slice.map((data) => ({ type: PARCEL_SCANNED, data })),
      ),
    );
  }
}

/** `parcels` parcels with `perParcel` scans each, interleaved as a busy day would produce them. */
export function scansOf(parcels: number, perParcel: number, prefix: string): ParcelScan[] {
  const scans: ParcelScan[] = [];
  for (let seq = 1; seq <= perParcel; seq++)
    for (let p = 0; p < parcels; p++) scans.push({ parcelId: `${prefix}-${p}`, seq });
  return scans;
}

export async function effectSummary(dataSource: DataSource) {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS effects, count(DISTINCT event_id)::int AS events FROM parcel_scans`,
  );
  return row as { effects: number; events: number };
}

/** Parcels whose scans were applied out of order (by arrival); empty when order per key held. */
export async function parcelsOutOfOrder(dataSource: DataSource): Promise<string[]> {
  const rows: { parcel_id: string }[] = await dataSource.query(`
    SELECT DISTINCT parcel_id FROM (
      SELECT parcel_id, seq, lag(seq) OVER (PARTITION BY parcel_id ORDER BY arrival) AS previous FROM parcel_scans
    ) s WHERE previous IS NOT NULL AND seq <= previous`);
  return rows.map((r) => r.parcel_id);
}
