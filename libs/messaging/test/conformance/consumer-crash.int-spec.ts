import { testKafkaBrokers, waitFor } from '@freight/testing';
import { FixtureProcess } from './support/child-process';
import { ConformanceWorld, HOOK_TIMEOUT_MS } from './support/conformance-world';
import { transports } from './support/kafkajs.transport';
import { effectSummary, scansOf, writeScans } from './support/parcel-scans';

describe.each(transports.map((t) => [t.name, t] as const))(
  'conformance (%s): consumer killed mid-batch',
  (name, transport) => {
    let world: ConformanceWorld;
    beforeEach(async () => {
      world = await ConformanceWorld.create('consumer_kill', testKafkaBrokers());
    }, HOOK_TIMEOUT_MS);
    afterEach(() => world.close(), HOOK_TIMEOUT_MS);

    it('applies every effect exactly once after a SIGKILL and a restart', async () => {
      const scans = scansOf(60, 100, 'K');
      await writeScans(world.dataSource, world.writer, scans);
      world.track(
        await transport.startRelay({
          dataSource: world.dataSource,
          brokers: world.brokers,
          batchSize: 500,
        }),
      );
      const config = {
        transport: name,
        databaseUrl: world.database.url,
        brokers: world.brokers,
        topic: world.topic,
        group: world.group,
        batchSize: 50,
        // The killed member's partitions move once its session lapses: keep that short.
        sessionTimeoutMs: 6000,
      };

      const first = world.track(new FixtureProcess('consumer.process.ts', config));
      await first.ready();
      await waitFor(async () => (await effectSummary(world.dataSource)).events >= 1000, {
        timeoutMs: 60_000,
        description: 'the first consumer to be busy',
      });
      first.kill('SIGKILL');
      await first.exited;
      const partly = await effectSummary(world.dataSource);
      expect(partly.events).toBeLessThan(scans.length);

      const second = world.track(new FixtureProcess('consumer.process.ts', config));
      await second.ready();
      await waitFor(async () => (await effectSummary(world.dataSource)).events === scans.length, {
        timeoutMs: 90_000,
        description: 'the restarted consumer to apply the rest',
      });
      expect(await effectSummary(world.dataSource)).toEqual({
        effects: scans.length,
        events: scans.length,
      });
    }, 180_000);
  },
);
