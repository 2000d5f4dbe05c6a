import { parseConfig } from '@freight/platform';
import { complaintConfigSchema } from './config';
import { complaintMigrations } from './migrations';

describe('complaint service set-up', () => {
  it('listens on 8083 and owns the freight_complaint database by default', () => {
    expect(parseConfig(complaintConfigSchema, {})).toMatchObject({
      PORT: 8083,
      DATABASE_NAME: 'freight_complaint',
    });
  });

  it('ships migrations, each named with its timestamp as TypeORM requires', () => {
    expect(complaintMigrations.length).toBeGreaterThan(0);
    for (const migration of complaintMigrations) expect(migration.name).toMatch(/\d{13}$/);
  });
});
