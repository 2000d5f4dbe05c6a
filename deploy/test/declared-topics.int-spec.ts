import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformTopics, Topics } from '@freight/contracts';
import { declaredTopic, KafkaClient, namespaced } from '@freight/messaging';
import * as infra from '../local/infra';
import type { Profile } from '../local/infra';

// Issue 19, item 6: the local broker creates no topic by itself; every topic of the platform is
// declared in one place (libs/contracts topics.ts) and created as declared by those who use it.
// A broker of this file's own (its own ports and folder): the shared test broker stays as it is.
describe('declared topics on a broker without auto-creation', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'freight-topics-'));
  const own: Profile = {
    name: 'topics-test',
    kafkaPort: 29392,
    controllerPort: 29393,
    postgresPort: 29394,
    stateDir,
    ephemeral: true,
  };
  let stop: () => Promise<void>;
  let kafka: KafkaClient;

  beforeAll(async () => {
    stop = (await infra.up(own, { log: () => undefined })).stop;
    kafka = new KafkaClient({ brokers: [`127.0.0.1:${own.kafkaPort}`], clientId: 'topics-test' });
  }, 240_000);
  afterAll(async () => {
    await kafka?.disconnect();
    await stop?.();
    rmSync(stateDir, { recursive: true, force: true });
  }, 60_000);

  it('refuses to produce to a topic nobody declared, instead of creating it', async () => {
    const producer = kafka.producer({ retry: { retries: 1, maxRetryTime: 1_000 } });
    await producer.connect();
    try {
      await expect(
        producer.send({ topic: 'order.evnets', messages: [{ key: 'k', value: 'misspelt' }] }),
      ).rejects.toThrow();
      const admin = await kafka.adminClient();
      expect(await admin.listTopics()).not.toContain('order.evnets');
    } finally {
      await producer.disconnect();
    }
  });

  it('creates every declared topic and its dead letters with the declared partitions and retention', async () => {
    const namespace = 'topics-it';
    await kafka.ensureTopics(
      platformTopics.map((t) => declaredTopic(namespace, namespaced(namespace, t.topic))),
    );
    const admin = await kafka.adminClient();
    const topic = namespaced(namespace, Topics.dispatchTracking);
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    expect(metadata.partitions).toHaveLength(12);
    const configs = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [
        {
          type: 2,
          name: namespaced(namespace, Topics.billingEvents),
          configNames: ['retention.ms'],
        },
      ],
    });
    expect(configs.resources[0].configEntries[0].configValue).toBe(String(90 * 24 * 3_600_000));
    expect(await admin.listTopics()).toEqual(
      expect.arrayContaining([`${topic}.dlq`, namespaced(namespace, 'order.events.dlq')]),
    );
  });
});
