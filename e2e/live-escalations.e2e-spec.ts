import { randomBytes, randomUUID } from 'node:crypto';
import {
  FakeClock,
  ServiceUnderTest,
  startServiceForTest,
  testNamespace,
  waitFor,
} from '@freight/testing';
import { AppModule as GatewayModule } from '../services/gateway/src/app.module';
import { gatewayConfigSchema } from '../services/gateway/src/config';
import { configureGateway } from '../services/gateway/src/gateway.setup';
import { SseStream } from '../services/gateway/test/sse-client';
import { AppModule as SchedulerModule } from '../services/scheduler/src/app.module';
import { schedulerConfigSchema } from '../services/scheduler/src/config';

// Issue 5 item 6 end to end: the real scheduler fires a deadline armed over its internal HTTP
// API, its outbox relay publishes the escalation on scheduler.escalations, the real gateway
// consumes it and streams it to the signed-in branch manager of that branch — and not to
// another branch's manager. Kafka and Postgres from KAFKA_BROKERS / DATABASE_URL (npm test);
// both services share one Kafka namespace and one clock (set to now: deadlines due at once).
const DEMO_PASSWORD = `e2e-${randomBytes(6).toString('hex')}`;

describe('live escalations, scheduler to browser (issue 5 item 6)', () => {
  let scheduler: ServiceUnderTest<ReturnType<typeof schedulerConfigSchema.parse>>;
  let gateway: ServiceUnderTest<ReturnType<typeof gatewayConfigSchema.parse>>;
  const streams: SseStream[] = [];

  const call = async (
    base: string,
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const signIn = async (username: string, password = DEMO_PASSWORD) => {
    const response = await call(gateway.url, 'POST', '/api/v1/auth/login', { username, password });
    if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status}`);
    return response.body.accessToken as string;
  };
  const arm = (branch: string, role: string) => {
    const id = `C-${randomUUID().slice(0, 8)}`;
    return call(scheduler.url, 'POST', '/deadlines', {
      deadlineId: `complaint:${id}:reply`,
      rule: 'R17',
      subject: { type: 'complaint', id, branch },
      due: { kind: 'at', dueAt: scheduler.clock.now().toISOString() },
      ladder: [{ level: 1, role, after: 'PT0S' }],
      payload: { e2e: true },
    });
  };

  beforeAll(async () => {
    const namespace = testNamespace();
    const clock = new FakeClock(new Date());
    scheduler = await startServiceForTest({
      service: 'scheduler',
      configSchema: schedulerConfigSchema,
      appModule: (c) => SchedulerModule.register(c),
      namespace,
      clock,
      env: { DEADLINE_POLL_MS: '200' },
    });
    gateway = await startServiceForTest({
      service: 'gateway',
      configSchema: gatewayConfigSchema,
      appModule: (c) => GatewayModule.register(c),
      configure: (c) => configureGateway(c),
      namespace,
      clock,
      env: {
        SCHEDULER_URL: scheduler.url,
        DEMO_DATA: 'true',
        DEMO_PASSWORD,
        JWT_SECRET: `e2e-secret-${randomBytes(16).toString('hex')}`,
      },
    });
    const admin = await signIn('admin');
    const created = await call(
      gateway.url,
      'POST',
      '/api/v1/admin/users',
      {
        username: 'gz-manager',
        displayName: 'GZ manager',
        role: 'branch-manager',
        branchCode: 'GZ01',
        password: 'a-long-password-1',
      },
      admin,
    );
    expect(created.status).toBe(201);
  }, 240_000);

  afterAll(async () => {
    for (const stream of streams) await stream.close();
    await gateway?.stop();
    await scheduler?.stop();
  });

  it('streams an escalation of SH01 to the SH01 branch manager and not to the GZ01 one', async () => {
    const shManager = await signIn('branch-manager');
    const gzManager = await signIn('gz-manager', 'a-long-password-1');
    const shStream = await SseStream.open(`${gateway.url}/api/v1/live`, {
      authorization: `Bearer ${shManager}`,
    });
    // the GZ01 manager's browser way: a single-use ticket, as EventSource cannot send headers
    const ticket = await call(gateway.url, 'POST', '/api/v1/live/tickets', undefined, gzManager);
    const gzStream = await SseStream.open(
      `${gateway.url}/api/v1/live?ticket=${ticket.body.ticket}`,
    );
    streams.push(shStream, gzStream);
    expect([shStream.status, gzStream.status]).toEqual([200, 200]);

    const armed = await arm('SH01', 'branch-manager');
    expect(armed.status).toBe(201);
    const deadlineId = armed.body.id as string;

    const received = await shStream.waitForEvent(
      (p) => p.data?.deadlineId === deadlineId,
      'the SH01 manager gets the escalation',
      60_000,
    );
    expect(received).toMatchObject({
      kind: 'escalation',
      eventType: 'scheduler.escalation.raised',
      branch: 'SH01',
      role: 'branch-manager',
      data: {
        deadlineId,
        level: 1,
        role: 'branch-manager',
        subject: { branch: 'SH01' },
        finalLevel: true,
      },
    });

    // a GZ01 escalation afterwards: once the GZ01 manager has it, anything for them before it
    // would have arrived first on the same stream
    const marker = await arm('GZ01', 'branch-manager');
    await gzStream.waitForEvent(
      (p) => p.data?.deadlineId === marker.body.id,
      'the GZ01 manager gets the GZ01 escalation',
      60_000,
    );
    expect(gzStream.payloads.map((p) => p.data?.deadlineId)).not.toContain(deadlineId);
    expect(gzStream.payloads.every((p) => p.branch === 'GZ01')).toBe(true);
    expect(shStream.payloads.every((p) => p.branch === 'SH01' && p.role === 'branch-manager')).toBe(
      true,
    );

    // the same deadline through the gateway's proxied scheduler routes, branch-scoped
    const subject = `subjectType=complaint&subjectId=${received.data.subject.id}`;
    const mine = await call(
      gateway.url,
      'GET',
      `/api/v1/deadlines?${subject}`,
      undefined,
      shManager,
    );
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id: deadlineId, state: 'escalated' }),
    ]);
    expect(
      (await call(gateway.url, 'GET', `/api/v1/deadlines?${subject}`, undefined, gzManager)).body
        .items,
    ).toEqual([]);
    const history = await call(
      gateway.url,
      'GET',
      `/api/v1/deadlines/${encodeURIComponent(deadlineId)}/history`,
      undefined,
      shManager,
    );
    expect(history.body.items.map((h: { kind: string }) => h.kind)).toEqual(
      expect.arrayContaining(['armed', 'level-fired']),
    );
    expect(
      (
        await call(
          gateway.url,
          'GET',
          `/api/v1/deadlines/${encodeURIComponent(deadlineId)}/history`,
          undefined,
          gzManager,
        )
      ).status,
    ).toBe(404);
  });

  it('a reconnecting manager gets what was missed with Last-Event-ID', async () => {
    const shManager = await signIn('branch-manager');
    const first = await SseStream.open(`${gateway.url}/api/v1/live`, {
      authorization: `Bearer ${shManager}`,
    });
    streams.push(first);
    const before = await arm('SH01', 'branch-manager');
    const seen = await first.waitForEvent(
      (p) => p.data?.deadlineId === before.body.id,
      'the first escalation',
      60_000,
    );
    await first.close();

    const missed = await arm('SH01', 'branch-manager');
    await waitFor(
      async () =>
        (
          await gateway.dataSource.query(
            "SELECT 1 FROM live_notification WHERE data->>'deadlineId' = $1",
            [missed.body.id],
          )
        ).length > 0,
      {
        timeoutMs: 60_000,
        description: 'the missed escalation reached the gateway',
      },
    );

    const resumed = await SseStream.open(`${gateway.url}/api/v1/live`, {
      authorization: `Bearer ${shManager}`,
      'last-event-id': seen.id,
    });
    streams.push(resumed);
    await resumed.waitForEvent((p) => p.data?.deadlineId === missed.body.id, 'the replay');
    expect(resumed.payloads.filter((p) => p.data?.deadlineId === missed.body.id)).toHaveLength(1);
    expect(resumed.payloads.map((p) => p.data?.deadlineId)).not.toContain(before.body.id);
  });
});
