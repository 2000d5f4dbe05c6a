import { parseConfig } from '@freight/platform';
import { orderConfigSchema } from './config';
import { orderMigrations } from './migrations';

describe('order service set-up', () => {
  it('listens on 8081 and owns the freight_order database by default', () => {
    expect(parseConfig(orderConfigSchema, {})).toMatchObject({
      PORT: 8081,
      DATABASE_NAME: 'freight_order',
    });
  });

  it('ships migrations, each named with its timestamp as TypeORM requires', () => {
    expect(orderMigrations.length).toBeGreaterThan(0);
    for (const migration of orderMigrations) expect(migration.name).toMatch(/\d{13}$/);
  });
});
