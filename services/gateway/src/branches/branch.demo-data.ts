import { DEMO_BRANCHES as DEMO_CAST_BRANCHES, DEMO_HQ } from '@freight/contracts';
import type { DataSource } from 'typeorm';

/**
 * The demo branches (libs/contracts demo cast): the first is where branch staff work; HQ hosts
 * the company-wide roles.
 */
export const DEMO_BRANCHES = [...DEMO_CAST_BRANCHES, DEMO_HQ].map(({ code, name }) => ({
  code,
  name,
  timeZone: 'Asia/Shanghai',
}));

export async function seedDemoBranches(dataSource: DataSource): Promise<void> {
  for (const b of DEMO_BRANCHES) {
    await dataSource.query(
      'INSERT INTO branch (code, name, time_zone) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING',
      [b.code, b.name, b.timeZone],
    );
  }
}
