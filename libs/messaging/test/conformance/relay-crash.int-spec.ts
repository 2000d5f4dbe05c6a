import { testKafkaBrokers, waitFor } from '@freight/testing';
import { FixtureProcess } from './support/child-process';
import { ConformanceWorld, HOOK_TIMEOUT_MS } from './support/conformance-world';
import { transports } from './support/kafkajs.transport';
import { effectSummary, recordScans, scansOf, writeScans } from './support/parcel-scans';

describe.each(transports.map((t) => [t.name, t] as const))(
  'conformance (%s): relay killed between publish and mark',
  (name, transport) => {
    let world: ConformanceWorld;
    beforeEach(async () => {
      world = await ConformanceWorld.create('relay_kill', testKafkaBrokers());
    }, HOOK_TIMEOUT_MS);
    afterEach(() => world.close(), HOOK_TIMEOUT_MS);

    it('re-sends the unmarked batch: duplicates on the wire, one effect each', async () => {
      const scans = scansOf(10, 20, 'D');
      await writeScans(world.dataSource, world.writer, scans);
      world.track(await transport.startConsumer({ ...world, mode: 'single', handle: recordScans }));

      const crashing = world.track(
        new FixtureProcess('relay.process.ts', {
          transport: name,
          databaseUrl: world.database.url,
          brokers: world.brokers,
          topic: world.topic,
          batchSize: 50,
          crashAfterFirstSend: true,
        }),
      );
      await crashing.exited;
      expect(crashing.output()).toContain('sent, crashing before mark');
      expect(await world.messagesOn(world.topic)).toBe(50);
      expect(await world.unpublishedOutboxRows()).toBe(scans.length);

      world.track(
        await transport.startRelay({
          dataSource: world.dataSource,
          brokers: world.brokers,
          batchSize: 50,
        }),
      );
      await waitFor(async () => (await effectSummary(world.dataSource)).events === scans.length, {
        timeoutMs: 60_000,
        description: 'every scan applied',
      });
      expect(await world.messagesOn(world.topic)).toBe(scans.length + 50);
      expect(await effectSummary(world.dataSource)).toEqual({
        effects: scans.length,
        events: scans.length,
      });
    }, 120_000);
  },
);
