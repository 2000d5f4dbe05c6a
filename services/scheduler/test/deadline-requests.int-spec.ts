import { Topics } from '@freight/contracts';
import { createEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import { EventPublisher, testKafkaBrokers, uniqueGroup, waitFor } from '@freight/testing';
import type { Consumer } from 'kafkajs';
import { startScheduler } from './support/scheduler-app';

const HOUR = 3_600_000;

describe('R39 over Kafka: an arm on scheduler.requests escalates on scheduler.escalations', () => {
  let scheduler: Awaited<ReturnType<typeof startScheduler>>;
  let kafka: KafkaClient;
  let consumer: Consumer;
  let publisher: EventPublisher;
  const seen: { deadlineId: string; level: number; role: string }[] = [];
  /** everything on scheduler.escalations: type and data */
  const events: { type: string; data: Record<string, unknown> }[] = [];

  let requests: string;

  beforeAll(async () => {
    kafka = new KafkaClient({ brokers: testKafkaBrokers(), clientId: 'scheduler-it' });
    publisher = new EventPublisher(kafka);
    scheduler = await startScheduler();
    // the scheduler's own namespace: this suite's commands and escalations only
    requests = namespaced(scheduler.namespace, Topics.schedulerRequests);
    const escalations = namespaced(scheduler.namespace, Topics.schedulerEscalations);
    await kafka.ensureTopics([{ topic: escalations }]);
    consumer = kafka.consumer({ groupId: uniqueGroup('scheduler-it') });
    await consumer.connect();
    await consumer.subscribe({ topic: escalations, fromBeginning: true });
    const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, resolve));
    await consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = JSON.parse(String(message.value));
        events.push({ type: envelope.type, data: envelope.data });
        if (envelope.type === 'scheduler.escalation.raised') seen.push(envelope.data);
      },
    });
    await joined;
  });
  afterAll(async () => {
    await consumer?.disconnect();
    await publisher?.close();
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
    await publisher.publish(requests, [arm]);
    await waitFor(
      async () =>
        (await scheduler.http('GET', `/deadlines/${encodeURIComponent(deadlineId)}`)).status ===
        200,
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

  it('R39: an arm the scheduler refuses (its id taken with other content) is dead-lettered at once as `refused`, not retried', async () => {
    const id = `C-${Date.now().toString(36)}-dup`;
    const subject = { type: 'complaint', id, branch: 'SH01' };
    const arm = (hours: number) =>
      createEnvelope({
        source: '/freight/complaint',
        type: 'scheduler.deadline.arm',
        subject: `complaint:${id}`,
        data: {
          deadlineId: `complaint:${id}:reply`,
          rule: 'R17',
          subject,
          due: {
            kind: 'at',
            dueAt: new Date(scheduler.clock.now().getTime() + hours * HOUR).toISOString(),
          },
          ladder: [{ level: 1, role: 'agent', after: 'PT0S' }],
          payload: {},
        },
      });
    const dlq = `${requests}.dlq`;
    const letters: { value: string; headers: Record<string, string> }[] = [];
    const reader = kafka.consumer({ groupId: uniqueGroup('scheduler-it-dlq') });
    await kafka.ensureTopics([{ topic: dlq }]);
    await reader.connect();
    await reader.subscribe({ topic: dlq, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
        );
        letters.push({ value: String(message.value), headers });
      },
    });
    try {
      const second = arm(2);
      await publisher.publish(requests, [arm(1), second]);
      await waitFor(() => letters.some((l) => l.value.includes(second.id)), {
        description: 'the conflicting arm on the DLQ',
        timeoutMs: 60_000,
      });
      const letter = letters.find((l) => l.value.includes(second.id))!;
      expect(letter.headers).toMatchObject({
        'dlq-reason': 'refused',
        'dlq-attempts': '1',
        'dlq-consumer-group': `${scheduler.namespace}.scheduler.requests`,
      });
      expect(letter.headers['dlq-error']).toContain('already armed with different content');
    } finally {
      await reader.disconnect();
    }
  });

  describe('move, pause, resume and cancel on scheduler.requests (registry contracts)', () => {
    const command = (type: string, subject: { type: string; id: string }, data: object) =>
      createEnvelope({
        source: '/freight/complaint',
        type,
        subject: `${subject.type}:${subject.id}`,
        dataversion: '1',
        data,
      });
    const view = async (deadlineId: string) =>
      (await scheduler.http('GET', `/deadlines/${encodeURIComponent(deadlineId)}`)).body as {
        state: string;
        dueAt: string;
        pausedRemainingMs: number | null;
      };
    const eventsOf = (deadlineId: string, type: string) =>
      events.filter((e) => e.type === type && e.data.deadlineId === deadlineId);

    async function armOverKafka(suffix: string) {
      const id = `C-${Date.now().toString(36)}-${suffix}`;
      const deadlineId = `complaint:${id}:reply`;
      const subject = { type: 'complaint', id, branch: 'SH01' };
      const start = scheduler.clock.now();
      await publisher.publish(requests, [
        command('scheduler.deadline.arm', subject, {
          deadlineId,
          rule: 'R17',
          subject,
          due: { kind: 'at', dueAt: new Date(start.getTime() + HOUR).toISOString() },
          ladder: [
            { level: 1, role: 'agent', after: 'PT0S' },
            { level: 2, role: 'hq-service', after: 'PT4H' },
          ],
          payload: { callerPhone: '+86 138 0000 0000' },
        }),
      ]);
      await waitFor(
        async () =>
          (await scheduler.http('GET', `/deadlines/${encodeURIComponent(deadlineId)}`)).status ===
          200,
        { description: 'the arm consumed', timeoutMs: 60_000 },
      );
      return { deadlineId, subject, start };
    }

    it('move re-bases the due time; pause freezes it (nothing fires); resume restarts it; the level then fires with its scheduled and actual time', async () => {
      const { deadlineId, subject, start } = await armOverKafka('mpr');

      const movedDue = new Date(start.getTime() + 3 * HOUR);
      await publisher.publish(requests, [
        command('scheduler.deadline.move', subject, {
          deadlineId,
          subject,
          due: { kind: 'at', dueAt: movedDue.toISOString() },
        }),
      ]);
      await waitFor(async () => (await view(deadlineId)).dueAt === movedDue.toISOString(), {
        description: 'the move consumed',
        timeoutMs: 60_000,
      });

      await publisher.publish(requests, [
        command('scheduler.deadline.pause', subject, { deadlineId, subject }),
      ]);
      await waitFor(async () => (await view(deadlineId)).state === 'paused', {
        description: 'the pause consumed',
        timeoutMs: 60_000,
      });
      expect((await view(deadlineId)).pausedRemainingMs).toBe(3 * HOUR);

      scheduler.clock.advance(4 * HOUR); // past the moved due: paused, so nothing fires
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(eventsOf(deadlineId, 'scheduler.escalation.raised')).toEqual([]);

      await publisher.publish(requests, [
        command('scheduler.deadline.resume', subject, { deadlineId, subject }),
      ]);
      const resumedDue = new Date(scheduler.clock.now().getTime() + 3 * HOUR);
      await waitFor(async () => (await view(deadlineId)).state === 'armed', {
        description: 'the resume consumed',
        timeoutMs: 60_000,
      });
      expect((await view(deadlineId)).dueAt).toBe(resumedDue.toISOString());

      scheduler.clock.advance(3 * HOUR + 1_000);
      await waitFor(() => eventsOf(deadlineId, 'scheduler.escalation.raised').length === 1, {
        description: 'level 1 on scheduler.escalations',
        timeoutMs: 60_000,
      });
      const [raised] = eventsOf(deadlineId, 'scheduler.escalation.raised');
      expect(raised.data).toMatchObject({
        deadlineId,
        subject,
        level: 1,
        role: 'agent',
        dueAt: resumedDue.toISOString(),
        raisedAt: resumedDue.toISOString(),
        levelDueAt: resumedDue.toISOString(),
      });
      const firedAt = new Date(raised.data.firedAt as string).getTime();
      expect(firedAt).toBeGreaterThanOrEqual(resumedDue.getTime());
      expect(raised.data.latenessMs).toBe(firedAt - resumedDue.getTime());

      await publisher.publish(requests, [
        command('scheduler.deadline.cancel', subject, { deadlineId, subject, reason: 'done' }),
      ]);
      await waitFor(() => eventsOf(deadlineId, 'scheduler.deadline.completed').length === 1, {
        description: 'scheduler.deadline.completed on scheduler.escalations',
        timeoutMs: 60_000,
      });
      expect(eventsOf(deadlineId, 'scheduler.deadline.completed')[0].data).toMatchObject({
        deadlineId,
        subject,
        rule: 'R17',
        dueAt: resumedDue.toISOString(),
        completedAt: scheduler.clock.now().toISOString(),
        levelsFired: 1,
      });
      expect((await view(deadlineId)).state).toBe('completed');
    });

    it('a cancel that is not `done` publishes scheduler.deadline.cancelled; a repeated cancel publishes nothing more', async () => {
      const { deadlineId, subject } = await armOverKafka('cxl');
      const cancel = () =>
        command('scheduler.deadline.cancel', subject, { deadlineId, subject, reason: 'withdrawn' });
      await publisher.publish(requests, [cancel(), cancel()]);
      await waitFor(() => eventsOf(deadlineId, 'scheduler.deadline.cancelled').length === 1, {
        description: 'scheduler.deadline.cancelled on scheduler.escalations',
        timeoutMs: 60_000,
      });
      expect(eventsOf(deadlineId, 'scheduler.deadline.cancelled')[0].data).toMatchObject({
        deadlineId,
        reason: 'withdrawn',
        levelsFired: 0,
      });
      expect((await view(deadlineId)).state).toBe('cancelled');
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // the second cancel, same key
      expect(eventsOf(deadlineId, 'scheduler.deadline.cancelled')).toHaveLength(1);
      expect(eventsOf(deadlineId, 'scheduler.deadline.completed')).toHaveLength(0);
    });
  });
});
