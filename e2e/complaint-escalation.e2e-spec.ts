import { waitFor } from '@freight/testing';
import { ComplaintDesk, startComplaintDesk } from './complaint-desk.fixture';

// Issue 21, "Done when": an unsolved complaint climbs agent → branch manager → HQ on a fake
// clock, each of them seeing it live on GET /api/v1/live, and stops climbing the moment a reply
// is recorded. SH01's ladder has a fourth level (the general manager) that must never fire.
const HOUR = 3_600_000;

describe('R17 an unsolved complaint climbs the branch’s ladder until a reply stops it', () => {
  let desk: ComplaintDesk;

  beforeAll(async () => {
    desk = await startComplaintDesk({ scheduler: true });
  }, 240_000);
  afterAll(() => desk?.stop());

  it('R17: agent → branch manager → HQ, live and on the register; a reply stops it at once', async () => {
    const [agent, manager, hq, gm] = await Promise.all(
      ['agent', 'branch-manager', 'hq-service', 'general-manager'].map((u) => desk.as(u)),
    );
    // levels per branch (HQ sets them) and who holds each role
    const configured = await hq.put('/api/v1/complaint-desks/SH01', {
      ladders: {
        callAnswer: [{ role: 'agent', after: 'PT0S' }],
        internalCall: [{ role: 'agent', after: 'PT0S' }],
        complaintReply: [
          { role: 'agent', after: 'PT0S' },
          { role: 'branch-manager', after: 'PT1H' },
          { role: 'hq-service', after: 'PT2H' },
          { role: 'general-manager', after: 'PT3H' },
        ],
      },
      people: [
        { role: 'branch-manager', username: 'branch-manager', name: '王军' },
        { role: 'hq-service', username: 'hq-service', name: '周婷' },
      ],
    });
    expect(configured.status).toBe(200);
    const streams = {
      agent: await agent.live(),
      manager: await manager.live(),
      hq: await hq.live(),
      gm: await gm.live(),
    };

    const registered = await agent.post('/api/v1/complaints', {
      caller: { name: '张敏', phone: '13800001002' },
      customerId: 'CUST-SH-0002',
      cause: 'late-delivery',
      description: 'Promised Tuesday, nothing by Thursday',
      customerRequest: 'Deliver tomorrow morning',
      solvedOnCall: false,
    });
    expect(registered.status).toBe(201);
    const id = registered.body.id as string;
    const deadlineId = `complaint:${id}:reply:1`;
    expect(registered.body).toMatchObject({
      state: 'open',
      replyDueAt: new Date(new Date(registered.body.registeredAt).getTime() + HOUR).toISOString(),
      assignee: { role: 'agent', username: 'agent', level: 0 },
      ladder: [
        { level: 1, role: 'agent' },
        { level: 2, role: 'branch-manager' },
        { level: 3, role: 'hq-service' },
        { level: 4, role: 'general-manager' },
      ],
    });
    const ofIt = (p: { data?: { deadlineId?: string } }) => p.data?.deadlineId === deadlineId;
    const complaint = async () => (await agent.get(`/api/v1/complaints/${id}`)).body;
    const reached = (level: number) =>
      waitFor(async () => (await complaint()).assignee.level === level && complaint(), {
        description: `the register shows level ${level}`,
        timeoutMs: 60_000,
      });

    // 1 hour without a reply: the agent is told
    desk.clock.advance(HOUR + 1_000);
    expect(await streams.agent.waitForEvent(ofIt, 'the agent sees it live', 60_000)).toMatchObject({
      kind: 'escalation',
      branch: 'SH01',
      role: 'agent',
      data: { rule: 'R17', level: 1, subject: { type: 'complaint', id } },
    });
    expect((await reached(1)).assignee).toEqual({ role: 'agent', username: null, level: 1 });

    // another hour: what the agent cannot solve goes to the branch manager
    desk.clock.advance(HOUR);
    expect(
      await streams.manager.waitForEvent(ofIt, 'the branch manager sees it live', 60_000),
    ).toMatchObject({
      role: 'branch-manager',
      data: { level: 2 },
    });
    const atManager = await reached(2);
    expect(atManager.assignee).toEqual({
      role: 'branch-manager',
      username: 'branch-manager',
      level: 2,
    });

    // and what the branch manager does not solve goes to HQ
    desk.clock.advance(HOUR);
    expect(await streams.hq.waitForEvent(ofIt, 'HQ sees it live', 60_000)).toMatchObject({
      role: 'hq-service',
      data: { level: 3 },
    });
    const atHq = await reached(3);
    expect(atHq.assignee).toEqual({ role: 'hq-service', username: 'hq-service', level: 3 });
    expect(
      atHq.escalations.map((e: { level: number; role: string; assignee: string | null }) => [
        e.level,
        e.role,
        e.assignee,
      ]),
    ).toEqual([
      [1, 'agent', null],
      [2, 'branch-manager', 'branch-manager'],
      [3, 'hq-service', 'hq-service'],
    ]);
    expect(atHq.steps.filter((s: { kind: string }) => s.kind === 'escalated')).toHaveLength(3);
    // R21: the manager did nothing at their level
    expect(atHq.managerNeglect).toMatchObject({
      manager: 'branch-manager',
      coordinator: 'hq-service',
    });

    // HQ replies: the climb stops at once
    const replied = await hq.post(`/api/v1/complaints/${id}/reply`, {
      text: 'Re-routed via the Nanjing hub; delivery tomorrow 10:00',
      channel: 'phone',
    });
    expect(replied.status).toBe(200);
    expect(replied.body).toMatchObject({ state: 'replied', repliedWithinDeadline: false });
    for (const stream of [streams.agent, streams.manager, streams.hq])
      await stream.waitForEvent(
        (p) => p.kind === 'deadline-closed' && ofIt(p),
        'everyone who was told sees it closed',
        60_000,
      );

    // time runs on: the general manager's level never fires. A second complaint, left alone,
    // reaches the general manager: anything of the first would have come before it.
    const marker = await agent.post('/api/v1/complaints', {
      caller: { name: '王芳', phone: '13800001003' },
      cause: 'damage',
      description: 'Two cartons crushed',
      customerRequest: 'Compensation',
      solvedOnCall: false,
    });
    desk.clock.advance(4 * HOUR + 1_000);
    await streams.gm.waitForEvent(
      (p) => p.data?.deadlineId === `complaint:${marker.body.id}:reply:1` && p.data?.level === 4,
      'the left-alone complaint reaches the general manager',
      60_000,
    );
    expect(streams.gm.payloads.filter(ofIt)).toEqual([]);
    const after = await complaint();
    expect(after.escalations).toHaveLength(3);
    expect(after.assignee.level).toBe(3);
  });
});
