import { parseConfig } from '@freight/platform';
import { schedulerConfigSchema } from './config';
import { schedulerMigrations } from './migrations';

describe('scheduler service set-up', () => {
  it('listens on 8086 and owns the freight_scheduler database by default', () => {
    expect(parseConfig(schedulerConfigSchema, {})).toMatchObject({
      PORT: 8086,
      DATABASE_NAME: 'freight_scheduler',
    });
  });

  it('ships migrations, each named with its timestamp as TypeORM requires', () => {
    expect(schedulerMigrations.length).toBeGreaterThan(0);
    for (const migration of schedulerMigrations) expect(migration.name).toMatch(/\d{13}$/);
  });
});
