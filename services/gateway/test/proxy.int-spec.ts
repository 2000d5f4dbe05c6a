import net from 'node:net';
import { bootGateway, closeGateways, Gateway, signIn } from './gateway.fixture';
import { DownstreamStubs, startDownstreamStubs } from './stubs';

let stubs: DownstreamStubs;
let scheduler: DownstreamStubs['byEnv'][string];
afterAll(async () => {
  await closeGateways();
  await stubs.stop();
});

async function deadUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('routes proxied to the scheduler (issue 5 item 1, issue 4 item 4)', () => {
  let gateway: Gateway;
  const tokens: Record<string, string> = {};
  const calendar = {
    name: 'Shanghai',
    timeZone: 'Asia/Shanghai',
    weeklyHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    holidays: [],
    extraWorkingDays: [],
  };

  beforeAll(async () => {
    stubs = await startDownstreamStubs();
    scheduler = stubs.byEnv.SCHEDULER_URL;
    gateway = await bootGateway(stubs.env);
    for (const who of ['branch-manager', 'agent', 'general-manager', 'admin'])
      tokens[who] = (await signIn(gateway, who)).accessToken;
  });

  it('forwards path, query and correlation id, and answers with the service’s status and body', async () => {
    const response = await gateway.call(
      'GET',
      '/api/v1/queues/SH01/branch-manager?dueSoonWithin=PT2H',
      {
        token: tokens.agent,
        headers: { 'x-correlation-id': 'proxy-corr-1' },
      },
    );
    expect(response).toMatchObject({ status: 200, body: { overdue: [], dueSoon: [] } });
    expect(scheduler.requests.at(-1)).toMatchObject({
      method: 'GET',
      url: '/queues/SH01/branch-manager?dueSoonWithin=PT2H',
      headers: { 'x-correlation-id': 'proxy-corr-1' },
    });
  });

  it('keeps branch users to their branch: other branches left out of lists, their records 404 and audited', async () => {
    const mine = await gateway.call(
      'GET',
      '/api/v1/deadlines?subjectType=complaint&subjectId=C-1',
      { token: tokens['branch-manager'] },
    );
    expect(mine.body.items.map((d: { id: string }) => d.id)).toEqual(['sh-1', 'sh-2']);
    const all = await gateway.call('GET', '/api/v1/deadlines?subjectType=complaint&subjectId=C-1', {
      token: tokens['general-manager'],
    });
    expect(all.body.items.map((d: { id: string }) => d.id)).toEqual(['sh-1', 'gz-1', 'sh-2']);

    const calls = scheduler.requests.length;
    const other = await gateway.call('GET', '/api/v1/deadlines/gz-1/history', {
      token: tokens['branch-manager'],
      headers: { 'x-correlation-id': 'proxy-scope-1' },
    });
    const missing = await gateway.call('GET', '/api/v1/deadlines/missing/history', {
      token: tokens['branch-manager'],
    });
    expect(other.status).toBe(404);
    expect({ ...other.body, instance: 0, correlationId: 0 }).toEqual({
      ...missing.body,
      instance: 0,
      correlationId: 0,
    });
    // the history itself was never asked for: the deadline's branch was checked first
    expect(scheduler.requests.slice(calls).map((r) => r.url)).toEqual([
      '/deadlines/gz-1',
      '/deadlines/missing',
    ]);
    const [row] = await gateway.dataSource.query(
      "SELECT * FROM audit_record WHERE correlation_id = 'proxy-scope-1'",
    );
    expect(row).toMatchObject({
      outcome: 'denied',
      reason: 'other-branch',
      action: 'GET /api/v1/deadlines/:id/history',
      status: 404,
    });

    expect(
      (await gateway.call('GET', '/api/v1/queues/GZ01/agent', { token: tokens.agent })).status,
    ).toBe(404);
    expect(
      (await gateway.call('GET', '/api/v1/queues/GZ01/agent', { token: tokens['general-manager'] }))
        .status,
    ).toBe(200);
    expect(
      (
        await gateway.call('PUT', '/api/v1/calendars/GZ01', {
          token: tokens['branch-manager'],
          body: calendar,
        })
      ).status,
    ).toBe(404);
  });

  it('validates its own part strictly: unknown or missing query parameters, unknown roles', async () => {
    const unknown = await gateway.call(
      'GET',
      '/api/v1/deadlines?subjectType=complaint&subjectId=C-1&colour=red',
      { token: tokens.agent },
    );
    expect(unknown).toMatchObject({
      status: 400,
      body: {
        type: 'urn:freight:problem:validation',
        errors: [{ field: 'colour', message: 'unknown field' }],
      },
    });
    const missing = await gateway.call('GET', '/api/v1/deadlines?subjectType=complaint', {
      token: tokens.agent,
    });
    expect(missing.body.errors).toEqual([{ field: 'subjectId', message: expect.any(String) }]);
    const role = await gateway.call('GET', '/api/v1/queues/SH01/wizard', { token: tokens.agent });
    expect(role).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'role', message: expect.stringContaining('agent') }] },
    });
    // the route's body schema is checked here: a bad body never reaches the service
    const calls = scheduler.requests.length;
    const badBody = await gateway.call('PUT', '/api/v1/calendars/SH01', {
      token: tokens.admin,
      body: { ...calendar, timeZone: 'Mars/Olympus' },
    });
    expect(badBody).toMatchObject({ status: 400, body: { errors: [{ field: 'timeZone' }] } });
    expect(scheduler.requests.length).toBe(calls);
  });

  it("R41: forces a branch user's list to their branch in the service's query (full pages); HQ may narrow it", async () => {
    await gateway.call('GET', '/api/v1/deadlines?subjectType=complaint&subjectId=C-1&branch=GZ01', {
      token: tokens.agent,
    });
    expect(scheduler.requests.at(-1)!.query.get('branch')).toBe('SH01');
    await gateway.call('GET', '/api/v1/deadlines?subjectType=complaint&subjectId=C-1&branch=GZ01', {
      token: tokens['general-manager'],
    });
    expect(scheduler.requests.at(-1)!.query.get('branch')).toBe('GZ01');
    await gateway.call('GET', '/api/v1/deadlines?subjectType=complaint&subjectId=C-1', {
      token: tokens['general-manager'],
    });
    expect(scheduler.requests.at(-1)!.query.has('branch')).toBe(false);
    // a service that ignored the filter would leak another branch: never shown
    scheduler.answerNext({
      status: 200,
      body: { items: [{ id: 'gz-1', subject: { branch: 'GZ01' } }] },
    });
    const leaked = await gateway.call(
      'GET',
      '/api/v1/deadlines?subjectType=complaint&subjectId=C-1',
      {
        token: tokens.agent,
      },
    );
    expect(leaked.status).toBe(502);
  });

  it('audits a proxied change with its target and honours Idempotency-Key', async () => {
    const headers = {
      'idempotency-key': 'calendar-sh01-create',
      'x-correlation-id': 'proxy-change-1',
    };
    const first = await gateway.call('POST', '/api/v1/calendars', {
      token: tokens['branch-manager'],
      headers,
      body: { code: 'SH01', ...calendar },
    });
    const again = await gateway.call('POST', '/api/v1/calendars', {
      token: tokens['branch-manager'],
      headers,
      body: { code: 'SH01', ...calendar },
    });
    expect(first.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(scheduler.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    const [row] = await gateway.dataSource.query(
      "SELECT * FROM audit_record WHERE correlation_id = 'proxy-change-1'",
    );
    expect(row).toMatchObject({
      outcome: 'succeeded',
      action: 'POST /api/v1/calendars',
      target: 'SH01',
      status: 201,
      actor_role: 'branch-manager',
    });
  });

  it('maps the service’s errors to problem+json: what the caller can fix kept, the rest 502', async () => {
    scheduler.answerNext({
      status: 400,
      body: {
        type: 'x',
        title: 'Bad',
        status: 400,
        detail: '1 problem(s)',
        errors: [{ field: 'timeZone', message: 'unknown time zone' }],
      },
    });
    const invalid = await gateway.call('PUT', '/api/v1/calendars/SH01', {
      token: tokens.admin,
      body: calendar,
    });
    expect(invalid).toMatchObject({
      status: 400,
      body: {
        type: 'urn:freight:problem:validation',
        errors: [{ field: 'timeZone', message: 'unknown time zone' }],
      },
    });
    expect(invalid.headers.get('content-type')).toContain('application/problem+json');

    scheduler.answerNext({ status: 409, body: { status: 409, detail: 'calendar SH01 exists' } });
    const taken = await gateway.call('POST', '/api/v1/calendars', {
      token: tokens.admin,
      body: { code: 'SH01', ...calendar },
    });
    expect(taken).toMatchObject({
      status: 409,
      body: { type: 'urn:freight:problem:conflict', detail: 'calendar SH01 exists' },
    });
    // the service's own problem type reaches the caller: the business's reason, not "conflict"
    scheduler.answerNext({
      status: 409,
      body: {
        type: 'urn:freight:problem:calendar-exists',
        title: 'Calendar exists',
        status: 409,
        detail: 'a calendar for SH01 exists already',
      },
    });
    const exists = await gateway.call('POST', '/api/v1/calendars', {
      token: tokens.admin,
      body: { code: 'SH01', ...calendar },
    });
    expect(exists).toMatchObject({
      status: 409,
      body: {
        type: 'urn:freight:problem:calendar-exists',
        title: 'Calendar exists',
        detail: 'a calendar for SH01 exists already',
      },
    });

    scheduler.answerNext({ status: 500, body: { detail: 'relation "deadline" does not exist' } });
    const failed = await gateway.call('GET', '/api/v1/calendars', {
      token: tokens.agent,
      headers: { 'x-correlation-id': 'proxy-502' },
    });
    expect(failed).toMatchObject({
      status: 502,
      body: { type: 'urn:freight:problem:bad-gateway', correlationId: 'proxy-502' },
    });
    expect(JSON.stringify(failed.body)).not.toContain('does not exist');

    scheduler.answerNext({ status: 200, raw: '<html>proxy error</html>' });
    expect((await gateway.call('GET', '/api/v1/calendars', { token: tokens.agent })).status).toBe(
      502,
    );
  });

  it('answers 503 problem+json when the service cannot be reached', async () => {
    const down = await bootGateway({ SCHEDULER_URL: await deadUrl() });
    const token = (await signIn(down, 'agent')).accessToken;
    const response = await down.call('GET', '/api/v1/calendars', { token });
    expect(response).toMatchObject({
      status: 503,
      body: {
        type: 'urn:freight:problem:service-unavailable',
        detail: 'the scheduler service cannot be reached; try again shortly',
      },
    });
  });
});
