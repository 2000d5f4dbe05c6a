import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { dlqTopic } from '@freight/contracts';
import {
  createEnvelope,
  DeadLetterHeaders,
  listDeadLetters,
  replayDeadLetters,
} from '@freight/messaging';
import { testKafkaBrokers, waitFor } from '@freight/testing';
import { ConformanceWorld, HOOK_TIMEOUT_MS } from './support/conformance-world';
import { transports } from './support/kafkajs.transport';
import { effectSummary, PARCEL_SCANNED, recordScans, writeScans } from './support/parcel-scans';

describe.each(transports.map((t) => [t.name, t] as const))(
  'conformance (%s): poison messages',
  (_, transport) => {
    let world: ConformanceWorld;
    beforeEach(async () => {
      world = await ConformanceWorld.create('poison', testKafkaBrokers());
    }, HOOK_TIMEOUT_MS);
    afterEach(() => world.close(), HOOK_TIMEOUT_MS);

    it('dead-letters a failing event after its retries and invalid ones at once; the partition moves on; replay re-drives', async () => {
      await world.dataSource.query(`INSERT INTO failing_scans (seq) VALUES (2)`);
      const producer = world.kafka.producer();
      await producer.connect();
      const invalid = createEnvelope({
        source: '/test',
        type: PARCEL_SCANNED,
        subject: 'X',
        data: { parcelId: 'X' },
      });
      await producer.send({
        topic: world.topic,
        messages: [
          { key: 'X', value: '{not json' },
          {
            key: 'X',
            value: JSON.stringify(invalid),
            headers: { 'ce-id': invalid.id, 'ce-type': invalid.type },
          },
        ],
      });
      await producer.disconnect();
      await writeScans(
        world.dataSource,
        world.writer,
        [1, 2, 3].map((seq) => ({ parcelId: 'X', seq })),
        1,
      );

      world.track(
        await transport.startRelay({ dataSource: world.dataSource, brokers: world.brokers }),
      );
      world.track(
        await transport.startConsumer({
          ...world,
          mode: 'single',
          handle: recordScans,
          retry: { attempts: 3, initialDelayMs: 20 },
        }),
      );

      // Scan 3 follows the poison scan 2 on the same key and partition: it is applied all the same.
      await waitFor(async () => (await effectSummary(world.dataSource)).events === 2, {
        description: 'scans 1 and 3 applied',
      });
      const letters = await waitFor(
        async () => {
          const found = await listDeadLetters(world.kafka, world.topic);
          return found.length === 3 && found;
        },
        { description: 'three dead letters' },
      );
      const reasons = letters.map((l) => l.deadLetter[DeadLetterHeaders.reason]).sort();
      expect(reasons).toEqual(['handler-failed', 'schema-invalid', 'schema-invalid']);
      const failed = letters.find(
        (l) => l.deadLetter[DeadLetterHeaders.reason] === 'handler-failed',
      )!;
      expect(failed.deadLetter).toMatchObject({
        [DeadLetterHeaders.error]: 'scanner rejected scan 2',
        [DeadLetterHeaders.consumerGroup]: world.group,
        [DeadLetterHeaders.attempts]: '3',
        [DeadLetterHeaders.originalTopic]: world.topic,
        [DeadLetterHeaders.originalPartition]: expect.stringMatching(/^[0-5]$/),
        [DeadLetterHeaders.originalOffset]: expect.stringMatching(/^\d+$/),
      });
      expect(failed.replayed).toBe(false);

      // The scanner is fixed; replaying re-drives the dead letters to the topic.
      await world.dataSource.query(`DELETE FROM failing_scans`);
      expect(await replayDeadLetters(world.kafka, world.topic)).toBe(3);
      await waitFor(async () => (await effectSummary(world.dataSource)).events === 3, {
        description: 'scan 2 applied after replay',
      });
      // The two invalid messages are still invalid: the consumer parks them again, as new letters.
      await waitFor(async () => (await world.messagesOn(dlqTopic(world.topic))) === 5, {
        description: 'invalid ones dead-lettered again',
      });
      const afterReplay = await listDeadLetters(world.kafka, world.topic);
      expect(afterReplay.filter((l) => l.replayed)).toHaveLength(3);
      expect(
        afterReplay.filter((l) => !l.replayed).map((l) => l.deadLetter[DeadLetterHeaders.reason]),
      ).toEqual(['schema-invalid', 'schema-invalid']);

      // What an operator sees: `npm run dlq -- list <topic>`.
      const cli = spawnSync(
        process.execPath,
        [join(__dirname, '../../../../scripts/dlq.js'), 'list', world.topic],
        {
          env: { ...process.env, KAFKA_BROKERS: world.brokers.join(',') },
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(cli.status).toBe(0);
      expect(cli.stdout).toContain('"dlq-reason":"handler-failed"');
      expect(cli.stdout).toContain('5 dead letters, 2 not replayed');
    }, 120_000);
  },
);
