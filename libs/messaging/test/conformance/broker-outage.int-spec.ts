import { join } from 'node:path';
import { waitFor } from '@freight/testing';
import { ensureKafka, stopKafka } from '../../../../deploy/local/kafka';
import { ConformanceWorld, HOOK_TIMEOUT_MS } from './support/conformance-world';
import { transports } from './support/kafkajs.transport';
import {
  effectSummary,
  parcelsOutOfOrder,
  ParcelScan,
  recordScans,
  writeScans,
} from './support/parcel-scans';

// A broker of this suite's own, on other ports than the shared test broker, so stopping it
// disturbs no other test.
const outageBroker = {
  port: 29092,
  controllerPort: 29093,
  stateDir: join(__dirname, '../../../../.local/conformance-kafka'),
  log: () => undefined,
};
const OUTAGE_MS = 20_000;

/** Commits one scan at a time through the outbox until stopped, as a busy service would. */
function keepWritingScans(world: ConformanceWorld) {
  let running = true;
  let written = 0;
  const done = (async () => {
    while (running) {
      const scan: ParcelScan = { parcelId: `O-${written % 10}`, seq: Math.floor(written / 10) + 1 };
      await writeScans(world.dataSource, world.writer, [scan]);
      written++;
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  })();
  return {
    written: () => written,
    stop: async () => {
      running = false;
      await done;
      return written;
    },
  };
}

describe.each(transports.map((t) => [t.name, t] as const))(
  'conformance (%s): broker stopped while publishing',
  (_, transport) => {
    let world: ConformanceWorld | undefined;
    afterEach(async () => {
      await world?.close();
      await stopKafka({ stateDir: outageBroker.stateDir, log: outageBroker.log, ephemeral: true });
    }, HOOK_TIMEOUT_MS);

    it(`loses nothing when the broker is down for ${OUTAGE_MS / 1000} s`, async () => {
      const broker = await ensureKafka(outageBroker);
      world = await ConformanceWorld.create('outage', broker.brokers);
      const active = world;
      active.track(
        await transport.startRelay({ dataSource: active.dataSource, brokers: active.brokers }),
      );
      active.track(
        await transport.startConsumer({ ...active, mode: 'batch', handle: recordScans }),
      );

      const writer = keepWritingScans(active);
      await waitFor(
        async () => writer.written() >= 50 && (await effectSummary(active.dataSource)).events >= 20,
        {
          timeoutMs: 60_000,
          description: 'events flowing before the outage',
        },
      );
      await stopKafka({ stateDir: outageBroker.stateDir, log: outageBroker.log });
      const writtenBeforeOutage = writer.written();
      // The outage itself is the scenario: the broker stays down this long while writes go on.
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      expect(writer.written()).toBeGreaterThan(writtenBeforeOutage);
      await ensureKafka(outageBroker);
      const total = await writer.stop();

      await waitFor(async () => (await effectSummary(active.dataSource)).events === total, {
        timeoutMs: 120_000,
        description: `all ${total} scans applied after the broker came back`,
      });
      expect(await effectSummary(active.dataSource)).toEqual({ effects: total, events: total });
      expect(await parcelsOutOfOrder(active.dataSource)).toEqual([]);
      expect(await active.unpublishedOutboxRows()).toBe(0);
    }, 240_000);
  },
);
