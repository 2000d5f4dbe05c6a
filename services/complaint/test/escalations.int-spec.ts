import { schedulerEscalationRaisedV1 } from '@freight/contracts';
import { createEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import {
  actorHeaders,
  EventPublisher,
  eventsConsumed,
  FakeClock,
  ServiceUnderTest,
  startServiceForTest,
} from '@freight/testing';
import { AppModule } from '../src/app.module';
import { ComplaintConfig, complaintConfigSchema } from '../src/config';

// The desk's side of R17's climb, without the scheduler: the escalations it would publish,
// delivered twice, late, or for a round that is over — each changes the complaint once or not
// at all (inbox and state guard).
const agent = actorHeaders({ userId: 'u-1', username: 'agent', role: 'agent', branch: 'SH01' });
const hq = actorHeaders({
  userId: 'u-9',
  username: 'hq-service',
  role: 'hq-service',
  branch: 'HQ',
});

describe('R17 escalations reaching the desk', () => {
  const clock = new FakeClock('2026-03-02T01:00:00Z');
  let desk: ServiceUnderTest<ComplaintConfig>;
  let publisher: EventPublisher;

  beforeAll(async () => {
    desk = await startServiceForTest({
      service: 'complaint',
      configSchema: complaintConfigSchema,
      appModule: (c) => AppModule.register(c),
      clock,
      logLevel: 'warn',
    });
    publisher = new EventPublisher(desk.app.get(KafkaClient));
    await desk.http('PUT', '/desks/SH01', {
      headers: hq,
      body: {
        ladders: {
          callAnswer: [{ role: 'agent', after: 'PT0S' }],
          internalCall: [{ role: 'agent', after: 'PT0S' }],
          complaintReply: [
            { role: 'agent', after: 'PT0S' },
            { role: 'branch-manager', after: 'PT1H' },
          ],
        },
        people: [{ role: 'branch-manager', username: 'wang.jun' }],
      },
    });
  }, 240_000);
  afterAll(async () => {
    await publisher?.close();
    await desk?.stop();
  });

  const escalate = (id: string, level: number, role: 'agent' | 'branch-manager', round = 1) => {
    const data = {
      ...schedulerEscalationRaisedV1.example,
      deadlineId: `complaint:${id}:reply:${round}`,
      subject: { type: 'complaint', id, branch: 'SH01' },
      level,
      role,
      raisedAt: new Date(clock.now().getTime() + level * 3_600_000).toISOString(),
      finalLevel: level === 2,
    };
    return createEnvelope({
      source: '/freight/scheduler',
      type: schedulerEscalationRaisedV1.type,
      subject: `complaint:${id}`,
      data,
    });
  };
  const publish = (...envelopes: ReturnType<typeof escalate>[]) =>
    publisher.publish(namespaced(desk.namespace, schedulerEscalationRaisedV1.topic), envelopes);
  const register = async () =>
    (
      await desk.http('POST', '/complaints', {
        headers: agent,
        body: {
          branch: 'SH01',
          caller: { name: '李伟', phone: '13800001001' },
          cause: 'late-delivery',
          description: 'Late',
          customerRequest: 'Deliver',
          solvedOnCall: false,
        },
      })
    ).body.id as string;
  const escalatedSteps = async (id: string) =>
    (
      await desk.dataSource.query(
        "SELECT count(*)::int AS n FROM complaint_step WHERE complaint_id = $1 AND kind = 'escalated'",
        [id],
      )
    )[0].n;

  const consumed = (eventIds: string[]) => eventsConsumed(desk.dataSource, eventIds);

  it('R17: a level reassigns to the roster’s person once, however often it is delivered', async () => {
    const id = await register();
    const second = escalate(id, 2, 'branch-manager');
    const envelopes = [escalate(id, 1, 'agent'), second, second, escalate(id, 2, 'branch-manager')];
    await publish(...envelopes);
    // every one of them through the inbox (the copy of `second` shares its id): all applied
    await consumed(envelopes.map((e) => e.id));
    const complaint = (await desk.http('GET', `/complaints/${id}`, { headers: agent })).body;
    expect(complaint.assignee).toEqual({ role: 'branch-manager', username: 'wang.jun', level: 2 });
    expect(complaint.escalations).toHaveLength(2);
    expect(await escalatedSteps(id)).toBe(2);
    const events = await desk.dataSource.query(
      "SELECT count(*)::int AS n FROM outbox WHERE envelope->>'type' = 'complaint.complaint.escalated' AND envelope->'data'->>'complaintId' = $1",
      [id],
    );
    expect(events[0].n).toBe(2);
  });

  it('R17: an escalation after the reply, or of a round that is over, changes nothing', async () => {
    const id = await register();
    await desk.http('POST', `/complaints/${id}/reply`, {
      headers: agent,
      body: { text: 'Tomorrow' },
    });
    const other = await register();
    await desk.http('POST', `/complaints/${other}/resolve`, {
      headers: agent,
      body: { result: 'x' },
    });
    await desk.http('POST', `/complaints/${other}/reopen`, {
      headers: agent,
      body: { reason: 'again' },
    });
    const late = [escalate(id, 1, 'agent'), escalate(other, 1, 'agent', 1)];
    await publish(...late);
    await consumed(late.map((e) => e.id));
    expect(await escalatedSteps(id)).toBe(0);
    expect(await escalatedSteps(other)).toBe(0);
    expect((await desk.http('GET', `/complaints/${other}`, { headers: agent })).body).toMatchObject(
      {
        round: 2,
        assignee: { level: 0 },
      },
    );
  });
});
