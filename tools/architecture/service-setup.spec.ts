import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '@freight/platform';
import type { MigrationInterface } from 'typeorm';
import type { z } from 'zod';

// What every service shares, checked once for all (instead of one copy per service): it
// listens on its port of `npm start`'s plan and owns `freight_<service>`, and its migrations are
// named with their timestamps, in order, none twice.
const root = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the plain-JS list npm start reads
const { servicePorts } = require(path.join(root, 'scripts/services.js')) as {
  servicePorts: (base: number) => { ports: Record<string, number> };
};
const services = readdirSync(path.join(root, 'services')).sort();

const exportEndingIn = (module: Record<string, unknown>, suffix: string) =>
  Object.entries(module).find(([name]) => name.endsWith(suffix))?.[1];

describe.each(services)('the %s service set-up', (service) => {
  /* eslint-disable @typescript-eslint/no-require-imports -- each service's modules, by folder name */
  const config = require(path.join(root, 'services', service, 'src/config')) as Record<
    string,
    unknown
  >;
  const migrations = require(path.join(root, 'services', service, 'src/migrations')) as Record<
    string,
    unknown
  >;

  /* eslint-enable @typescript-eslint/no-require-imports */

  it('listens on its port of the local plan and owns freight_<service> by default', () => {
    expect(config.SERVICE).toBe(service);
    const schema = exportEndingIn(config, 'ConfigSchema') as z.ZodType;
    expect(parseConfig(schema, {})).toMatchObject({
      PORT: servicePorts(8080).ports[service],
      DATABASE_NAME: `freight_${service}`,
    });
  });

  it('ships migrations, each named with its 13-digit timestamp as TypeORM requires, in order', () => {
    const list = exportEndingIn(migrations, 'Migrations') as (new () => MigrationInterface)[];
    expect(list.length).toBeGreaterThan(0);
    const stamps = list.map((migration) => {
      expect(migration.name).toMatch(/\d{13}$/);
      return Number(migration.name.slice(-13));
    });
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
