import { randomUUID } from 'node:crypto';
import { contractRegistry, EventData } from '@freight/contracts';
import { createEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import {
  EventPublisher,
  testKafkaBrokers,
  uniqueGroup,
  uniqueTopic,
  waitFor,
} from '@freight/testing';
import { LiveHub } from '../src/live/live-hub';
import { bootGateway, closeGateways, Gateway, signIn, NAMESPACE } from './gateway.fixture';
import { SseStream } from './sse-client';

type Escalation = EventData<'scheduler.escalation.raised'>;

const topic = uniqueTopic('scheduler.escalations');
const group = uniqueGroup('gateway.live');
const streams: SseStream[] = [];

/** An escalation exactly as the scheduler publishes it: contract-checked data in a CloudEvents envelope. */
function escalation(branch: string, role: Escalation['role'], level = 1) {
  const deadlineId = `complaint:C-${randomUUID().slice(0, 8)}:reply`;
  const data: Escalation = {
    deadlineId,
    rule: 'R17',
    subject: { type: 'complaint', id: deadlineId.split(':')[1], branch },
    level,
    role,
    dueAt: '2026-03-02T01:00:00Z',
    raisedAt: new Date().toISOString(),
    finalLevel: false,
    payload: { waybillNo: 'SH2026030200001' },
  };
  const contract = contractRegistry.get('scheduler.escalation.raised');
  return createEnvelope<Escalation>({
    source: '/freight/scheduler',
    type: contract.type,
    dataversion: String(contract.version),
    subject: `complaint:${data.subject.id}`,
    branch,
    data: contract.schema.parse(data) as Escalation,
  });
}

describe('live escalations over SSE (issue 5 item 6)', () => {
  let replicaA: Gateway;
  let replicaB: Gateway;
  let publisher: EventPublisher;
  let publish: (envelope: ReturnType<typeof escalation>) => Promise<void>;
  const tokens: Record<string, string> = {};

  const open = async (
    gateway: Gateway,
    who: string,
    headers: Record<string, string> = {},
    query = '',
  ) => {
    const stream = await SseStream.open(`${gateway.url}/api/v1/live${query}`, {
      authorization: `Bearer ${tokens[who]}`,
      ...headers,
    });
    streams.push(stream);
    return stream;
  };
  const stored = async (gateway: Gateway, eventId: string) =>
    (
      await gateway.dataSource.query(
        'SELECT id::text AS id FROM live_notification WHERE event_id = $1',
        [eventId],
      )
    )[0]?.id as string | undefined;

  beforeAll(async () => {
    // one partition: the order of publishing is the order of consuming, so "the later event has
    // arrived" proves "the earlier one was handled" in the negative checks below
    const kafka = new KafkaClient({ clientId: 'live-it', brokers: testKafkaBrokers() });
    await kafka.ensureTopics([{ topic: namespaced(NAMESPACE, topic), numPartitions: 1 }]);
    await kafka.disconnect();
    const live = {
      LIVE_CONSUMER_GROUP: group,
      LIVE_ESCALATIONS_TOPIC: topic,
      LIVE_HEARTBEAT_MS: '250',
    };
    replicaA = await bootGateway(live);
    // a second replica on the same database and group: it may consume nothing, yet streams all
    replicaB = await bootGateway({ ...live, DATABASE_NAME: replicaA.config.DATABASE_NAME });
    const admin = (await signIn(replicaA, 'admin')).accessToken;
    const created = await replicaA.call('POST', '/api/v1/admin/users', {
      token: admin,
      body: {
        username: 'gz-manager',
        displayName: 'GZ manager',
        role: 'branch-manager',
        branchCode: 'GZ01',
        password: 'a-long-password-1',
      },
    });
    expect(created.status).toBe(201);
    for (const who of ['branch-manager', 'agent', 'hq-service'])
      tokens[who] = (await signIn(replicaA, who)).accessToken;
    tokens['gz-manager'] = (await signIn(replicaA, 'gz-manager', 'a-long-password-1')).accessToken;
    publisher = new EventPublisher(replicaA.app.get(KafkaClient));
    publish = (envelope) => publisher.publish(namespaced(NAMESPACE, topic), [envelope]);
  });

  afterAll(async () => {
    await publisher?.close();
    for (const stream of streams) await stream.close();
    await closeGateways();
  });

  it('reaches the streams of the right branch and role, on every replica, and no one else', async () => {
    const shManagerA = await open(replicaA, 'branch-manager');
    const shManagerB = await open(replicaB, 'branch-manager');
    const agent = await open(replicaB, 'agent');
    const hq = await open(replicaA, 'hq-service');
    // a browser's way in: a single-use ticket instead of the header
    const ticket = await replicaA.call('POST', '/api/v1/live/tickets', {
      token: tokens['gz-manager'],
    });
    expect(ticket).toMatchObject({
      status: 201,
      body: { ticket: expect.any(String), expiresIn: 30 },
    });
    const gzManager = await SseStream.open(
      `${replicaB.url}/api/v1/live?ticket=${ticket.body.ticket}`,
    );
    streams.push(gzManager);
    expect(gzManager.status).toBe(200);
    expect(gzManager.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(gzManager.headers.get('x-content-type-options')).toBe('nosniff');

    const toShManager = escalation('SH01', 'branch-manager');
    const toHq = escalation('GZ01', 'hq-service', 3);
    const toGzManager = escalation('GZ01', 'branch-manager');
    const toShAgent = escalation('SH01', 'agent');
    for (const event of [toShManager, toHq, toGzManager, toShAgent]) await publish(event);

    const received = await shManagerA.waitForEvent(
      (p) => p.eventId === toShManager.id,
      'the SH01 manager gets the SH01 escalation',
    );
    expect(received).toMatchObject({
      kind: 'escalation',
      eventType: 'scheduler.escalation.raised',
      branch: 'SH01',
      role: 'branch-manager',
      data: {
        deadlineId: toShManager.data.deadlineId,
        level: 1,
        role: 'branch-manager',
        subject: { branch: 'SH01' },
      },
    });
    expect(shManagerA.events[0]).toMatchObject({ event: 'escalation', id: received.id });
    await shManagerB.waitForEvent(
      (p) => p.eventId === toShManager.id,
      'the same on the other replica',
    );
    await hq.waitForEvent(
      (p) => p.eventId === toHq.id,
      'HQ service gets the HQ level of a GZ01 deadline',
    );
    await gzManager.waitForEvent(
      (p) => p.eventId === toGzManager.id,
      'the GZ01 manager gets the GZ01 escalation',
    );
    await agent.waitForEvent((p) => p.eventId === toShAgent.id, 'the SH01 agent gets the last one');

    // single partition, one id order for all: by now every earlier event has been dispatched
    const ids = (stream: SseStream) => stream.payloads.map((p) => p.eventId);
    expect(ids(shManagerA)).toEqual([toShManager.id]);
    expect(ids(shManagerB)).toEqual([toShManager.id]);
    expect(ids(hq)).toEqual([toHq.id]);
    expect(ids(gzManager)).toEqual([toGzManager.id]);
    expect(ids(agent)).toEqual([toShAgent.id]);

    // a ticket opens one stream, once
    const again = await SseStream.open(`${replicaB.url}/api/v1/live?ticket=${ticket.body.ticket}`);
    expect(again.status).toBe(401);
  });

  it('replays what a reconnecting client missed after Last-Event-ID, once, in order, then goes on live', async () => {
    const first = await open(replicaA, 'branch-manager');
    const before = escalation('SH01', 'branch-manager');
    await publish(before);
    const seen = await first.waitForEvent(
      (p) => p.eventId === before.id,
      'the event before the disconnect',
    );
    await first.close();

    const missed = [
      escalation('SH01', 'branch-manager', 2),
      escalation('SH01', 'branch-manager', 3),
    ];
    const notForUs = escalation('GZ01', 'branch-manager');
    for (const event of [missed[0], notForUs, missed[1]]) await publish(event);
    await waitFor(() => stored(replicaA, missed[1].id), {
      description: 'the missed events are stored',
    });

    // reconnect on the other replica, as a load balancer may send it
    const resumed = await open(replicaB, 'branch-manager', { 'last-event-id': seen.id });
    await resumed.waitForEvent((p) => p.eventId === missed[1].id, 'the replay');
    const after = escalation('SH01', 'branch-manager', 4);
    await publish(after);
    await resumed.waitForEvent((p) => p.eventId === after.id, 'a live event after the replay');
    expect(resumed.payloads.map((p) => p.eventId)).toEqual([missed[0].id, missed[1].id, after.id]);
    const sseIds = resumed.events.map((e) => BigInt(e.id!));
    expect(sseIds).toEqual([...sseIds].sort((a, b) => (a < b ? -1 : 1)));
    expect(sseIds[0]).toBeGreaterThan(BigInt(seen.id));

    // a new EventSource (fresh ticket) cannot send the header: ?lastEventId= does the same
    const ticket = await replicaA.call('POST', '/api/v1/live/tickets', {
      token: tokens['branch-manager'],
    });
    const viaTicket = await SseStream.open(
      `${replicaA.url}/api/v1/live?ticket=${ticket.body.ticket}&lastEventId=${seen.id}`,
    );
    streams.push(viaTicket);
    await viaTicket.waitForEvent((p) => p.eventId === after.id, 'the replay by query parameter');
    expect(viaTicket.payloads.map((p) => p.eventId)).toEqual([
      missed[0].id,
      missed[1].id,
      after.id,
    ]);
  });

  it('tells those who saw an escalation when its deadline is completed', async () => {
    const manager = await open(replicaA, 'branch-manager');
    const agent = await open(replicaA, 'agent');
    const raised = escalation('SH01', 'branch-manager');
    await publish(raised);
    await manager.waitForEvent((p) => p.eventId === raised.id, 'the escalation');
    const contract = contractRegistry.get('scheduler.deadline.completed');
    const data: EventData<'scheduler.deadline.completed'> = {
      deadlineId: raised.data.deadlineId,
      rule: 'R17',
      subject: raised.data.subject,
      completedAt: new Date().toISOString(),
      dueAt: raised.data.dueAt,
      levelsFired: 1,
    };
    const completed = createEnvelope({
      source: '/freight/scheduler',
      type: contract.type,
      subject: raised.subject,
      branch: 'SH01',
      data: contract.schema.parse(data),
    });
    await publish(completed as ReturnType<typeof escalation>);
    const closed = await manager.waitForEvent((p) => p.kind === 'deadline-closed', 'the closure');
    expect(closed).toMatchObject({
      eventType: 'scheduler.deadline.completed',
      role: 'branch-manager',
      branch: 'SH01',
      data: { deadlineId: raised.data.deadlineId },
    });
    expect(manager.events.map((e) => e.event)).toEqual(['escalation', 'deadline-closed']);
    // the agent was never told of that escalation, so not of its end either
    const marker = escalation('SH01', 'agent');
    await publish(marker);
    await agent.waitForEvent((p) => p.eventId === marker.id, 'the agent marker');
    expect(agent.payloads.map((p) => p.kind)).toEqual(['escalation']);
  });

  it('stores a redelivered escalation once', async () => {
    const event = escalation('SH01', 'agent');
    await publish(event);
    await publish(event);
    const marker = escalation('SH01', 'agent');
    await publish(marker);
    await waitFor(() => stored(replicaA, marker.id), { description: 'the marker is stored' });
    const [{ n }] = await replicaA.dataSource.query(
      'SELECT count(*)::int AS n FROM live_notification WHERE event_id = $1',
      [event.id],
    );
    expect(n).toBe(1);
  });

  it('listens again when its LISTEN connection is killed, and streams go on', async () => {
    const listeners = async () =>
      (await replicaA.dataSource.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN live_notification'`,
      )) as { pid: number }[];
    const stream = await open(replicaA, 'agent');
    const before = await waitFor(
      async () => {
        const rows = await listeners();
        return rows.length === 2 && rows;
      },
      {
        description: 'both replicas listening',
      },
    );
    await replicaA.dataSource.query(
      'SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid',
      [before.map((r) => r.pid)],
    );
    // Nest's Logger is process-wide: the replicas' lines land in one of the two logs
    const lost = () =>
      [...replicaA.logLines, ...replicaB.logLines].filter(
        (l) => l.msg === 'LISTEN connection lost; polling until it is back',
      );
    await waitFor(() => lost().length === 2, { description: 'both lost connections noticed' });
    await waitFor(
      async () => {
        const rows = await listeners();
        return rows.length === 2 && rows.every((r) => !before.some((b) => b.pid === r.pid));
      },
      { description: 'both replicas listening again on new connections' },
    );
    const after = escalation('SH01', 'agent');
    await publish(after);
    await stream.waitForEvent((p) => p.eventId === after.id, 'an escalation after the reconnect');
  });

  it('keeps idle streams open with heartbeat comments and tells the client how soon to retry', async () => {
    const stream = await open(replicaA, 'finance-less', {}, '');
    expect(stream.status).toBe(401); // no token: refused before any stream starts
    const idle = await open(replicaA, 'agent');
    await waitFor(() => idle.comments.filter((c) => c === 'heartbeat').length >= 2, {
      description: 'two heartbeats',
    });
    expect(idle.retry).toBe(3000);
  });

  it('refuses an unknown query parameter or a malformed Last-Event-ID with problem+json', async () => {
    const unknown = await open(replicaA, 'agent', {}, '?since=yesterday');
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body!)).toMatchObject({
      type: 'urn:freight:problem:validation',
      errors: [{ field: 'since', message: 'unknown field' }],
    });
    const malformed = await open(replicaA, 'agent', { 'last-event-id': 'abc' });
    expect(malformed.status).toBe(400);
  });

  it('stopping hands its LISTEN connection back to the pool: a later failure there is not its own', async () => {
    await replicaB.app.get(LiveHub).onModuleDestroy();
    const [{ pid }] = await waitFor(
      async () => {
        const rows: { pid: number }[] = await replicaA.dataSource.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'UNLISTEN live_notification'`,
        );
        return rows.length === 1 && rows;
      },
      { description: "replica B's former listener, idle in its pool" },
    );
    // Before, the hub's error handler was still on that client and released it a second time:
    // an uncaught "Release called on client which has already been released".
    await replicaA.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    await waitFor(async () => (await replicaB.dataSource.query('SELECT 1 AS one'))[0]?.one === 1, {
      description: "replica B's pool serving queries on",
    });
  });
});
