import { waitFor } from '@freight/testing';
import type { SseStream } from '../services/gateway/test/sse-client';
import { deadlinesOf, Desk, inquiryBody, startDesk, tariffBody } from './order-desk';

type Match = Parameters<SseStream['waitForEvent']>[0];

// Issue 20, "Done when": an unanswered inquiry escalates to the agent, then the branch manager,
// then HQ — each seeing it on their live stream — and stops the moment a quote is sent. The
// order service, the real scheduler (SH01's business hours, Mon–Fri 09:00–18:00 Shanghai) and
// the gateway share one Kafka namespace and one FakeClock, from Monday 2 March 2026 09:00.

const MONDAY_17 = '2026-03-02T09:00:01Z'; // the 8 working hours are up: the agent's level
const MONDAY_18 = '2026-03-02T10:00:01Z'; // an hour later: the branch manager's
const TUESDAY_12 = '2026-03-03T04:00:01Z'; // four working hours after the due: HQ's
const WEDNESDAY = '2026-03-04T08:00:00Z';

describe('R3 end to end: the 8-hour ladder on the live streams', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk({ scheduler: true });
    expect(
      (await desk.api('hq-service', 'POST', '/rate-tables', { body: tariffBody() })).status,
    ).toBe(201);
  }, 240_000);
  afterAll(() => desk?.stop());

  it('R3: agent, then branch manager, then HQ see the unanswered inquiry; the quote stops it at once', async () => {
    const [agent, manager, hq] = [
      await desk.live('agent'),
      await desk.live('branch-manager'),
      await desk.live('hq-service'),
    ];
    const { body: unanswered } = await desk.api('agent', 'POST', '/inquiries', {
      body: inquiryBody(),
    });
    const { body: quotedEarly } = await desk.api('agent', 'POST', '/inquiries', {
      body: inquiryBody({ company: '浦东精密零件有限公司' }),
    });
    for (const inquiry of [unanswered, quotedEarly])
      await waitFor(async () => (await deadlinesOf(desk, 'quote-inquiry', inquiry.inquiryId))[0], {
        description: 'the 8-hour clock armed on the scheduler',
        timeoutMs: 60_000,
      });
    const escalationOf =
      (inquiryId: string, level: number): Match =>
      (p) =>
        p.kind === 'escalation' && p.data.subject.id === inquiryId && p.data.level === level;

    desk.clock.set(MONDAY_17);
    const toAgent = await agent.waitForEvent(
      escalationOf(unanswered.inquiryId, 1),
      'the agent told',
      60_000,
    );
    expect(toAgent).toMatchObject({
      role: 'agent',
      branch: 'SH01',
      data: {
        rule: 'R3',
        deadlineId: unanswered.deadlineId,
        dueAt: '2026-03-02T09:00:00.000Z',
        payload: { company: unanswered.company },
      },
    });
    await agent.waitForEvent(
      escalationOf(quotedEarly.inquiryId, 1),
      'the agent told of the other one',
      60_000,
    );

    // the other inquiry is answered now: its clock stops before the branch manager's level
    const quoted = await desk.api('agent', 'POST', `/inquiries/${quotedEarly.inquiryId}/quote`, {
      body: {},
    });
    expect(quoted.body.answer).toMatchObject({ outcome: 'quoted', withinDeadline: false });
    await agent.waitForEvent(
      (p) => p.kind === 'deadline-closed' && p.data.deadlineId === quotedEarly.deadlineId,
      'its clock closed',
      60_000,
    );

    desk.clock.set(MONDAY_18);
    const toManager = await manager.waitForEvent(
      escalationOf(unanswered.inquiryId, 2),
      'the branch manager told',
      60_000,
    );
    expect(toManager).toMatchObject({
      role: 'branch-manager',
      branch: 'SH01',
      data: { level: 2, finalLevel: false },
    });

    desk.clock.set(TUESDAY_12);
    const toHq = await hq.waitForEvent(escalationOf(unanswered.inquiryId, 3), 'HQ told', 60_000);
    expect(toHq).toMatchObject({
      role: 'hq-service',
      branch: 'SH01',
      data: { level: 3, finalLevel: true },
    });
    const onRecord = await waitFor(
      async () => {
        const { body } = await desk.api(
          'branch-manager',
          'GET',
          `/inquiries/${unanswered.inquiryId}`,
        );
        return body.escalations.length === 3 && body;
      },
      { description: 'the three levels recorded on the inquiry', timeoutMs: 60_000 },
    );
    expect(onRecord.status).toBe('open');

    // the quote: the clock stops the moment it is sent — every one who was told sees it closed
    const sent = await desk.api('agent', 'POST', `/inquiries/${unanswered.inquiryId}/quote`, {
      body: {},
    });
    expect(sent.body).toMatchObject({ status: 'quoted', answer: { withinDeadline: false } });
    for (const stream of [agent, manager, hq])
      await stream.waitForEvent(
        (p) => p.kind === 'deadline-closed' && p.data.deadlineId === unanswered.deadlineId,
        'the clock closed',
        60_000,
      );
    expect((await deadlinesOf(desk, 'quote-inquiry', unanswered.inquiryId))[0].state).toBe(
      'completed',
    );

    // nothing after: the day passes, no level fires again, and the early quote never climbed
    desk.clock.set(WEDNESDAY);
    const { body: later } = await desk.api('agent', 'POST', '/inquiries', { body: inquiryBody() });
    desk.clock.set('2026-03-05T09:00:01Z');
    await agent.waitForEvent(
      escalationOf(later.inquiryId, 1),
      'a later inquiry still escalates',
      60_000,
    );
    const about = (stream: SseStream, inquiryId: string) =>
      stream.payloads
        .filter((p) => p.kind === 'escalation' && p.data.subject.id === inquiryId)
        .map((p) => p.data.level);
    expect(about(agent, unanswered.inquiryId)).toEqual([1]);
    expect(about(manager, unanswered.inquiryId)).toEqual([2]);
    expect(about(hq, unanswered.inquiryId)).toEqual([3]);
    expect([...about(manager, quotedEarly.inquiryId), ...about(hq, quotedEarly.inquiryId)]).toEqual(
      [],
    );
  });
});
