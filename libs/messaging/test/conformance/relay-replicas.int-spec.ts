import { testKafkaBrokers, waitFor } from '@freight/testing';
import { ConformanceWorld, HOOK_TIMEOUT_MS } from './support/conformance-world';
import { transports } from './support/kafkajs.transport';
import {
  effectSummary,
  parcelsOutOfOrder,
  recordScans,
  scansOf,
  writeScans,
} from './support/parcel-scans';

describe.each(transports.map((t) => [t.name, t] as const))(
  'conformance (%s): two relay replicas',
  (_, transport) => {
    let world: ConformanceWorld;
    beforeEach(async () => {
      world = await ConformanceWorld.create('replicas', testKafkaBrokers());
    }, HOOK_TIMEOUT_MS);
    afterEach(() => world.close(), HOOK_TIMEOUT_MS);

    it('publish each event once, in order per key, while events keep being committed', async () => {
      const relay = { dataSource: world.dataSource, brokers: world.brokers, batchSize: 50 };
      world.track(await transport.startRelay(relay));
      world.track(await transport.startRelay(relay));
      world.track(await transport.startConsumer({ ...world, mode: 'batch', handle: recordScans }));

      // Small transactions while both relays run, so they really compete for the same keys.
      const scans = scansOf(20, 100, 'R');
      await writeScans(world.dataSource, world.writer, scans, 20);

      await waitFor(async () => (await effectSummary(world.dataSource)).events === scans.length, {
        timeoutMs: 90_000,
        description: 'every scan applied',
      });
      expect(await effectSummary(world.dataSource)).toEqual({
        effects: scans.length,
        events: scans.length,
      });
      expect(await parcelsOutOfOrder(world.dataSource)).toEqual([]);
      expect(await world.messagesOn(world.topic)).toBe(scans.length);
    }, 150_000);
  },
);
