import { parseConfig } from '@freight/platform';
import { billingConfigSchema } from './config';
import { billingMigrations } from './migrations';

describe('billing service set-up', () => {
  it('listens on 8084 and owns the freight_billing database by default', () => {
    expect(parseConfig(billingConfigSchema, {})).toMatchObject({
      PORT: 8084,
      DATABASE_NAME: 'freight_billing',
    });
  });

  it('ships migrations, each named with its timestamp as TypeORM requires', () => {
    expect(billingMigrations.length).toBeGreaterThan(0);
    for (const migration of billingMigrations) expect(migration.name).toMatch(/\d{13}$/);
  });
});
