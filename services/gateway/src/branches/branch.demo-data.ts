import type { DataSource } from 'typeorm';

/** The demo branches: the first is where branch staff work; HQ hosts the company-wide roles. */
export const DEMO_BRANCHES = [
  { code: 'SH01', name: 'Shanghai Hub', timeZone: 'Asia/Shanghai' },
  { code: 'GZ01', name: 'Guangzhou Branch', timeZone: 'Asia/Shanghai' },
  { code: 'HQ', name: 'Headquarters Customer Service Centre', timeZone: 'Asia/Shanghai' },
] as const;

export async function seedDemoBranches(dataSource: DataSource): Promise<void> {
  for (const b of DEMO_BRANCHES) {
    await dataSource.query(
      'INSERT INTO branch (code, name, time_zone) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING',
      [b.code, b.name, b.timeZone],
    );
  }
}
