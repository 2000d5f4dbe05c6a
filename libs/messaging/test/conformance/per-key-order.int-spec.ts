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
  'conformance (%s): order per key',
  (_, transport) => {
    let world: ConformanceWorld;
    beforeEach(async () => {
      world = await ConformanceWorld.create('order', testKafkaBrokers());
    }, HOOK_TIMEOUT_MS);
    afterEach(() => world.close(), HOOK_TIMEOUT_MS);

    it('applies 10,000 events on 6 partitions in commit order per key, each once', async () => {
      const scans = scansOf(200, 50, 'P');
      await writeScans(world.dataSource, world.writer, scans);
      world.track(
        await transport.startRelay({
          dataSource: world.dataSource,
          brokers: world.brokers,
          batchSize: 500,
        }),
      );
      world.track(
        await transport.startConsumer({
          ...world,
          mode: 'batch',
          handle: recordScans,
          batchSize: 500,
        }),
      );

      await waitFor(async () => (await effectSummary(world.dataSource)).events === scans.length, {
        timeoutMs: 90_000,
        description: '10,000 scans applied',
      });
      expect(await effectSummary(world.dataSource)).toEqual({ effects: 10_000, events: 10_000 });
      expect(await parcelsOutOfOrder(world.dataSource)).toEqual([]);
      expect(await world.messagesOn(world.topic)).toBe(10_000);
    }, 150_000);
  },
);
