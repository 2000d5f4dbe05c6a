import { FakeClock, startServiceForTest } from '@freight/testing';
import { AppModule } from '../../src/app.module';
import { orderConfigSchema, SERVICE } from '../../src/config';

/** The whole order service on a fresh database, in a namespace and on a clock a scenario shares. */
export function startOrder(
  options: { namespace?: string; clock?: FakeClock; demo?: boolean; databaseName?: string } = {},
) {
  return startServiceForTest({
    service: SERVICE,
    configSchema: orderConfigSchema,
    appModule: (config) => AppModule.register(config),
    namespace: options.namespace,
    clock: options.clock,
    databaseName: options.databaseName,
    env: { DEMO_DATA: options.demo ? 'true' : 'false' },
    logLevel: 'warn',
  });
}
