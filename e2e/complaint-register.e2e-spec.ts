import { waitFor } from '@freight/testing';
import { ComplaintDesk, createUser, startComplaintDesk } from './complaint-desk.fixture';

// R17 complaints, R18 the register (branch's copy, HQ's copy), R19 important complaints, the
// refusals of issue 21 item 11 — through the gateway, with the real scheduler.
const HOUR = 3_600_000;

describe('the complaint register through the gateway (R17, R18, R19)', () => {
  let desk: ComplaintDesk;
  beforeAll(async () => {
    desk = await startComplaintDesk({ scheduler: true });
  }, 240_000);
  afterAll(() => desk?.stop());

  const complaint = (overrides: Record<string, unknown> = {}) => ({
    caller: { name: '陈静', phone: '13800001004' },
    customerId: 'CUST-SH-0004',
    waybillNo: 'SH0000000422',
    cause: 'damage',
    description: 'Three bales arrived wet',
    customerRequest: 'Replace the goods or compensate',
    solvedOnCall: false,
    ...overrides,
  });
  const deadlinesOf = async (id: string) =>
    (await (await desk.as('agent')).get(`/api/v1/deadlines?subjectType=complaint&subjectId=${id}`))
      .body.items;

  it('R17: solved on the call, it is closed at once with its result — no clock, a survey link', async () => {
    const agent = await desk.as('agent');
    const solved = await agent.post(
      '/api/v1/complaints',
      complaint({
        solvedOnCall: true,
        cause: 'billing-error',
        result: 'Duplicate charge reversed on the line',
        customerOpinion: { verdict: 'satisfied' },
      }),
    );
    expect(solved.status).toBe(201);
    expect(solved.body).toMatchObject({
      state: 'closed',
      solvedOnCall: true,
      replyDueAt: null,
      repliedWithinDeadline: true,
      result: 'Duplicate charge reversed on the line',
      customerOpinion: { verdict: 'satisfied' },
      survey: { link: expect.stringMatching(/\/public\/surveys\/[A-Za-z0-9_-]{43}$/) },
    });
    expect(await deadlinesOf(solved.body.id)).toEqual([]);
  });

  it('R17: registered from its call, the call is answered and the complaint’s hour starts', async () => {
    const agent = await desk.as('agent');
    const call = await agent.post('/api/v1/calls', {
      kind: 'complaint',
      caller: { name: '陈静', phone: '13800001004' },
      summary: 'Wet bales',
      startedAt: desk.clock.now().toISOString(),
      answeredOnCall: false,
    });
    expect(call.body.answer.state).toBe('awaiting');
    const registered = await agent.post('/api/v1/complaints', complaint({ callId: call.body.id }));
    expect(registered.status).toBe(201);
    const id = registered.body.id;
    expect(id).toMatch(/^CMP-SH01-\d{6}$/);
    expect(registered.body).toMatchObject({ callId: call.body.id, state: 'open', round: 1 });
    const answered = (await agent.get(`/api/v1/calls/${call.body.id}`)).body;
    expect(answered).toMatchObject({
      complaintId: id,
      answer: { state: 'answered', withinDeadline: true },
    });
    const [deadline] = await waitFor(
      async () => (await deadlinesOf(id)).length > 0 && deadlinesOf(id),
      {
        description: 'the complaint’s clock is armed',
        timeoutMs: 60_000,
      },
    );
    expect(deadline).toMatchObject({
      id: `complaint:${id}:reply:1`,
      rule: 'R17',
      dueAt: new Date(new Date(registered.body.registeredAt).getTime() + HOUR).toISOString(),
      ladder: [
        { level: 1, role: 'agent', after: 'PT0S' },
        { level: 2, role: 'branch-manager', after: 'PT1H' },
        { level: 3, role: 'hq-service', after: 'PT4H' },
      ],
    });
    // the same call does not register a second complaint
    const twice = await agent.post('/api/v1/complaints', complaint({ callId: call.body.id }));
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:freight:problem:call-has-complaint');
  });

  it('R18: the register keeps cause, request, steps (who, when, what), result and the customer’s opinion; HQ’s copy carries HQ’s notes', async () => {
    const agent = await desk.as('agent');
    const hq = await desk.as('hq-service');
    const causes = await agent.get('/api/v1/complaint-causes');
    expect(causes.body.items.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['late-delivery', 'damage', 'shortage']),
    );
    const { body: registered } = await agent.post('/api/v1/complaints', complaint());
    const id = registered.id;
    desk.clock.advance(10 * 60_000);
    await agent.post(`/api/v1/complaints/${id}/steps`, {
      text: 'Photos requested from the Wuhan hub',
    });
    desk.clock.advance(10 * 60_000);
    const replied = await agent.post(`/api/v1/complaints/${id}/reply`, {
      text: 'Replacement ships Monday',
      channel: 'phone',
    });
    expect(replied.body).toMatchObject({ state: 'replied', repliedWithinDeadline: true });
    const annotated = await hq.post(`/api/v1/complaints/${id}/annotations`, {
      text: 'Wet cargo again on the Wuhan line: check the tarpaulins',
    });
    expect(annotated.status).toBe(200);
    const resolved = await agent.post(`/api/v1/complaints/${id}/resolve`, {
      result: 'Three bales replaced',
      customerOpinion: { verdict: 'accepted', comment: 'OK, but slow' },
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.survey.link).toMatch(/public\/surveys\//);

    const branchCopy = (await agent.get(`/api/v1/complaints/${id}`)).body;
    expect(branchCopy).toMatchObject({
      cause: 'damage',
      customerRequest: 'Replace the goods or compensate',
      result: 'Three bales replaced',
      customerOpinion: { verdict: 'accepted', comment: 'OK, but slow' },
      state: 'closed',
    });
    expect(
      branchCopy.steps.map((s: { kind: string; by: { username: string } }) => [
        s.kind,
        s.by.username,
      ]),
    ).toEqual([
      ['registered', 'agent'],
      ['note', 'agent'],
      ['reply', 'agent'],
      ['resolved', 'agent'],
    ]);
    expect(branchCopy.steps[1]).toMatchObject({
      text: 'Photos requested from the Wuhan hub',
      at: expect.any(String),
    });
    expect(branchCopy).not.toHaveProperty('hqAnnotations');
    const hqCopy = (await hq.get(`/api/v1/complaints/${id}`)).body;
    expect(hqCopy.hqAnnotations).toEqual([
      expect.objectContaining({
        kind: 'hq-annotation',
        text: 'Wet cargo again on the Wuhan line: check the tarpaulins',
        by: expect.objectContaining({ username: 'hq-service' }),
      }),
    ]);
  });

  it('R17: a reply on a closed complaint is refused; reopened, a new hour runs', async () => {
    const agent = await desk.as('agent');
    const { body } = await agent.post(
      '/api/v1/complaints',
      complaint({ solvedOnCall: true, result: 'Explained the surcharge' }),
    );
    const refused = await agent.post(`/api/v1/complaints/${body.id}/reply`, { text: 'more' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      type: 'urn:freight:problem:complaint-closed',
      detail: expect.stringContaining('reopened'),
    });
    const notClosed = await agent.post('/api/v1/complaints', complaint());
    const early = await agent.post(`/api/v1/complaints/${notClosed.body.id}/reopen`, {
      reason: 'x',
    });
    expect(early.status).toBe(409);
    const reopened = await agent.post(`/api/v1/complaints/${body.id}/reopen`, {
      reason: 'The surcharge is still on the invoice',
    });
    expect(reopened.body).toMatchObject({ state: 'open', round: 2, result: null });
    // the arm travels through the outbox and Kafka to the scheduler
    const deadlines = await waitFor(
      async () => (await deadlinesOf(body.id)).length > 0 && deadlinesOf(body.id),
      {
        description: 'the new round’s clock is armed',
        timeoutMs: 60_000,
      },
    );
    expect(deadlines.map((d: { id: string; state: string }) => [d.id, d.state])).toEqual([
      [`complaint:${body.id}:reply:2`, 'armed'],
    ]);
  });

  it('R19: an important complaint reaches the branch manager at once', async () => {
    const agent = await desk.as('agent');
    const stream = await (await desk.as('branch-manager')).live();
    const { body } = await agent.post(
      '/api/v1/complaints',
      complaint({ important: true, description: 'Our biggest customer threatens to leave' }),
    );
    const alert = await stream.waitForEvent(
      (p) => p.kind === 'alert' && p.data?.subject?.id === body.id,
      'the manager is told',
      60_000,
    );
    expect(alert).toMatchObject({
      role: 'branch-manager',
      data: { rule: 'R19', kind: 'important-complaint' },
    });
  });

  it('R41: another branch’s complaint is not found; lists hold only your branch', async () => {
    const agent = await desk.as('agent');
    const { body } = await agent.post('/api/v1/complaints', complaint());
    const gz = await createUser(desk, { username: 'gz-agent', role: 'agent', branchCode: 'GZ01' });
    expect((await gz.get(`/api/v1/complaints/${body.id}`)).status).toBe(404);
    expect((await gz.post(`/api/v1/complaints/${body.id}/reply`, { text: 'hi' })).status).toBe(404);
    const gzList = await gz.get('/api/v1/complaints');
    expect(gzList.body.items.every((c: { branch: string }) => c.branch === 'GZ01')).toBe(true);
    const hqList = await (
      await desk.as('hq-service')
    ).get('/api/v1/complaints?branch=SH01&limit=100');
    expect(hqList.body.items.map((c: { id: string }) => c.id)).toContain(body.id);
  });

  it('bad input is a 400 naming the field, an unknown cause a 422 — and nothing is written', async () => {
    const agent = await desk.as('agent');
    const count = async () =>
      (await desk.complaint.dataSource.query('SELECT count(*)::int AS n FROM complaint'))[0].n;
    const before = await count();
    const noPhone = await agent.post('/api/v1/complaints', complaint({ caller: { name: '陈静' } }));
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.errors).toEqual([expect.objectContaining({ field: 'caller.phone' })]);
    const unknownField = await agent.post('/api/v1/complaints', complaint({ priority: 'high' }));
    expect(unknownField.body.errors).toEqual([{ field: 'priority', message: 'unknown field' }]);
    const unknownCause = await agent.post(
      '/api/v1/complaints',
      complaint({ cause: 'bad-weather' }),
    );
    expect(unknownCause.status).toBe(422);
    expect(unknownCause.body).toMatchObject({
      type: 'urn:freight:problem:unknown-cause',
      errors: [{ field: 'cause' }],
    });
    expect(await count()).toBe(before);
  });
});
