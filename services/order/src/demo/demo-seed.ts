import type { DemoDataContext } from '@freight/platform';
import { DateTime } from 'luxon';
import type { OrderConfig } from '../config';
import type { StaffRef } from '../shared/staff';

// What the demo desk's parts share: a run-once marker, repeatable randomness, local time, and
// the staff who "did" the work (named like the gateway's demo users).

export type DemoContext = DemoDataContext<OrderConfig>;

/** Runs `part` once per database (replicas starting together: one wins the marker). */
export async function once(
  ctx: DemoContext,
  part: string,
  seed: () => Promise<void>,
): Promise<void> {
  const claimed = (await ctx.dataSource.query(
    'INSERT INTO demo_seed (part, seeded_at) VALUES ($1, $2) ON CONFLICT (part) DO NOTHING RETURNING part',
    [part, ctx.clock.now()],
  )) as unknown[];
  if (claimed.length === 0) return;
  await seed();
  ctx.logger.log({ msg: 'demo data seeded', part });
}

/** A small seeded generator (mulberry32): the same demo desk on every machine. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

export const ZONE = 'Asia/Shanghai';

/** `days` ago at `hour:minute` local time. */
export const localTime = (now: Date, days: number, hour: number, minute = 0): Date =>
  DateTime.fromJSDate(now, { zone: ZONE })
    .startOf('day')
    .minus({ days })
    .set({ hour, minute })
    .toJSDate();

export const localDate = (now: Date) => DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;

export const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

/** The branch staff the demo work is done by. */
export const demoStaff = (
  branch: string,
  role: 'agent' | 'documents-clerk' | 'branch-manager',
): StaffRef => ({
  userId: `demo-${role}-${branch.toLowerCase()}`,
  username: branch === 'SH01' ? role : `${role}.${branch.toLowerCase()}`,
});
