import { Injectable } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { cny } from '../shared/money';

export type DailyVolumeQuery = z.output<typeof OrderHttp.dailyVolumeQuery>;

export interface DailyVolumeRow {
  date: string;
  branch: string;
  customerId?: string;
  company?: string;
  lane?: string;
  shipments: number;
  pieces: number;
  weightKg: number;
  volumeM3: number;
  revenue: { amountMinor: number; currency: string };
}

/** Local days in Asia/Shanghai (UTC+8 all year, no daylight saving): `2026-03-02` → its first instant. */
const startOfDay = (date: string) => `${date}T00:00:00+08:00`;
const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const GROUPS = {
  branch: { select: '', group: '' },
  customer: { select: ', customer_id, max(customer_company) AS company', group: ', customer_id' },
  lane: {
    select: ", lane_origin || '→' || lane_destination AS lane",
    group: ', lane_origin, lane_destination',
  },
} as const;

/**
 * R7: per local day, shipments, pieces, weight, volume and revenue (net of VAT) by branch,
 * customer or lane; cancelled orders do not count. One grouped scan of the days asked.
 */
@Injectable()
export class DailyVolumeQueries {
  constructor(private readonly dataSource: DataSource) {}

  async rows(query: DailyVolumeQuery): Promise<DailyVolumeRow[]> {
    const group = GROUPS[query.groupBy];
    const params: unknown[] = [startOfDay(query.from), startOfDay(dayAfter(query.to))];
    if (query.branch) params.push(query.branch);
    const raw = (await this.dataSource.query(
      `SELECT to_char(placed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS date, branch${group.select},
              count(*)::int AS shipments, sum(pieces)::int AS pieces,
              sum(weight_kg)::float8 AS weight_kg, sum(volume_m3)::float8 AS volume_m3,
              sum(net_minor)::bigint AS revenue
         FROM orders
        WHERE status <> 'cancelled' AND placed_at >= $1 AND placed_at < $2
              ${query.branch ? 'AND branch = $3' : ''}
        GROUP BY 1, branch${group.group}
        ORDER BY 1, branch${group.group}`,
      params,
    )) as Record<string, string | number>[];
    return raw.map((r) => ({
      date: String(r.date),
      branch: String(r.branch),
      ...(r.customer_id ? { customerId: String(r.customer_id), company: String(r.company) } : {}),
      ...(r.lane ? { lane: String(r.lane) } : {}),
      shipments: Number(r.shipments),
      pieces: Number(r.pieces),
      weightKg: Math.round(Number(r.weight_kg) * 1000) / 1000,
      volumeM3: Math.round(Number(r.volume_m3) * 1000) / 1000,
      revenue: cny(Number(r.revenue)),
    }));
  }
}

/** The report's totals over every row. */
export function totalsOf(rows: DailyVolumeRow[]) {
  const sum = (pick: (r: DailyVolumeRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    shipments: sum((r) => r.shipments),
    pieces: sum((r) => r.pieces),
    weightKg: Math.round(sum((r) => r.weightKg) * 1000) / 1000,
    volumeM3: Math.round(sum((r) => r.volumeM3) * 1000) / 1000,
    revenue: cny(sum((r) => r.revenue.amountMinor)),
  };
}
