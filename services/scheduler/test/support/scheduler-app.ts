import { startServiceForTest } from '@freight/testing';
import { AppModule } from '../../src/app.module';
import { schedulerConfigSchema, SERVICE } from '../../src/config';

/**
 * The whole scheduler service on a fresh database and its own Kafka namespace, with a fake
 * clock (Monday 2025-01-06 08:00 UTC, 16:00 in Shanghai) and a fast firer poll.
 */
export async function startScheduler(options: { namespace?: string } = {}) {
  return startServiceForTest({
    service: SERVICE,
    configSchema: schedulerConfigSchema,
    appModule: (config) => AppModule.register(config),
    namespace: options.namespace,
    env: { DEMO_DATA: 'true', DEADLINE_POLL_MS: '50' },
    logLevel: 'warn',
  });
}
