import { Topics } from '@freight/contracts';
import { createEnvelope, EventPublisher, KafkaClient } from '@freight/messaging';
import { testKafkaBrokers, uniqueGroup, waitFor } from '@freight/testing';
import type { Consumer } from 'kafkajs';
import { startScheduler } from './support/scheduler-app';

describe('R39 over Kafka: an arm on scheduler.requests escalates on scheduler.escalations', () => {
  let scheduler: Awaited<ReturnType<typeof startScheduler>>;
  let kafka: KafkaClient;
  let consumer: Consumer;
  let publisher: EventPublisher;
  const seen: { deadlineId: string; level: number; role: string }[] = [];

  beforeAll(async () => {
    kafka = new KafkaClient({ brokers: testKafkaBrokers(), clientId: 'scheduler-it' });
    publisher = new EventPublisher(kafka);
    await kafka.ensureTopics([
      { topic: Topics.schedulerRequests },
      { topic: Topics.schedulerEscalations },
    ]);
    scheduler = await startScheduler('scheduler_kafka');
    consumer = kafka.consumer({ groupId: uniqueGroup('scheduler-it') });
    await consumer.connect();
    await consumer.subscribe({ topic: Topics.schedulerEscalations, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(JSON.parse(String(message.value)).data);
      },
    });
  });
  afterAll(async () => {
    await consumer?.disconnect();
    await publisher?.onModuleDestroy();
    await scheduler?.stop();
    await kafka?.disconnect();
  });

  it('R17: a complaint reply armed by another service climbs to the branch manager', async () => {
    const id = `C-${Date.now().toString(36)}`;
    const deadlineId = `complaint:${id}:reply`;
    const subject = { type: 'complaint', id, branch: 'SH01' };
    const start = scheduler.clock.now();
    const arm = createEnvelope({
      source: '/freight/complaint',
      type: 'scheduler.deadline.arm',
      subject: `complaint:${id}`,
      data: {
        deadlineId,
        rule: 'R17',
        subject,
        due: {
          kind: 'after',
          startsAt: start.toISOString(),
          duration: 'PT1H',
          calendar: { kind: 'wall-clock' },
        },
        ladder: [
          { level: 1, role: 'agent', after: 'PT0S' },
          { level: 2, role: 'branch-manager', after: 'PT1H' },
        ],
        payload: { callerPhone: '+86 138 0000 0000' },
      },
    });
    await publisher.publish(Topics.schedulerRequests, [arm]);
    await waitFor(
      async () =>
        (await scheduler.app.inject({ url: `/deadlines/${deadlineId}` })).statusCode === 200,
      {
        description: 'the arm consumed',
        timeoutMs: 60_000,
      },
    );

    scheduler.clock.advance(2 * 3_600_000);
    const mine = () => seen.filter((e) => e.deadlineId === deadlineId);
    await waitFor(() => mine().length === 2, {
      description: 'two escalations on scheduler.escalations',
      timeoutMs: 60_000,
    });
    expect(mine().map((e) => [e.level, e.role])).toEqual([
      [1, 'agent'],
      [2, 'branch-manager'],
    ]);
  });
});
