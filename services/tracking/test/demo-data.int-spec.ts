import { startServiceForTest } from '@freight/testing';
import { AppModule } from '../src/app.module';
import { SERVICE, trackingConfigSchema } from '../src/config';

// npm start's demo data (src/demo-data.ts): what some of the demo cast asked of tracking, set
// through the use case before the order service's customer files arrive, and set once.

describe('demo data', () => {
  const boot = (databaseName?: string) =>
    startServiceForTest({
      service: SERVICE,
      configSchema: trackingConfigSchema,
      appModule: (config) => AppModule.register(config),
      env: { DEMO_DATA: 'true' },
      databaseName,
      logLevel: 'warn',
    });

  it('R14: demo customers who keep their PODs are on file; a restart keeps what an agent changed since', async () => {
    const first = await boot();
    const headers = {
      'x-actor-id': 'u1',
      'x-actor-name': 'agent',
      'x-actor-role': 'agent',
      'x-actor-branch': 'SH01',
    };
    try {
      const keeper = await first.http('GET', '/customers/CUST-SH-0003/tracking-preferences', {
        headers,
      });
      expect(keeper.body).toMatchObject({
        branch: 'SH01',
        podReturn: { mode: 'keep' },
        notifications: { isDefault: false },
      });
      const texted = await first.http('GET', '/customers/CUST-SH-0001/tracking-preferences', {
        headers,
      });
      expect(texted.body.notifications).toMatchObject({
        smsTo: '13800001001',
        emailTo: 'li.wei@huayang-chem.example',
      });
      // an agent changes it (directly in the table: the customer file has not arrived here)
      await first.dataSource.query(
        "UPDATE customer_preference SET pod_return = 'return' WHERE customer_id = 'CUST-SH-0003'",
      );
      const second = await boot(first.config.DATABASE_NAME);
      try {
        const after = await second.http('GET', '/customers/CUST-SH-0003/tracking-preferences', {
          headers,
        });
        expect(after.body.podReturn.mode).toBe('return');
      } finally {
        await second.app.close();
      }
    } finally {
      await first.stop();
    }
  });
});
