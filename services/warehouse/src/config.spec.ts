import { parseConfig } from '@freight/platform';
import { warehouseConfigSchema } from './config';
import { warehouseMigrations } from './migrations';

describe('warehouse service set-up', () => {
  it('listens on 8085 and owns the freight_warehouse database by default', () => {
    expect(parseConfig(warehouseConfigSchema, {})).toMatchObject({
      PORT: 8085,
      DATABASE_NAME: 'freight_warehouse',
    });
  });

  it('ships migrations, each named with its timestamp as TypeORM requires', () => {
    expect(warehouseMigrations.length).toBeGreaterThan(0);
    for (const migration of warehouseMigrations) expect(migration.name).toMatch(/\d{13}$/);
  });
});
