import { parseConfig } from '@freight/platform';
import { trackingConfigSchema } from './config';
import { trackingMigrations } from './migrations';

describe('tracking service set-up', () => {
  it('listens on 8082 and owns the freight_tracking database by default', () => {
    expect(parseConfig(trackingConfigSchema, {})).toMatchObject({
      PORT: 8082,
      DATABASE_NAME: 'freight_tracking',
    });
  });

  it('ships migrations, each named with its timestamp as TypeORM requires', () => {
    expect(trackingMigrations.length).toBeGreaterThan(0);
    for (const migration of trackingMigrations) expect(migration.name).toMatch(/\d{13}$/);
  });
});
