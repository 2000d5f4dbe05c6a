import { waitFor } from '@freight/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FakeClock } from '@freight/testing';
import { startScheduler } from './support/scheduler-app';

const HOUR = 3_600_000;
const ladder = [
  { level: 1, role: 'agent', after: 'PT0S' },
  { level: 2, role: 'branch-manager', after: 'PT1H' },
  { level: 3, role: 'hq-service', after: 'PT4H' },
];
const weekdays = (hours: { from: string; to: string }[]) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
  sat: [],
  sun: [],
});

describe('the scheduler internal HTTP API (R39)', () => {
  let app: NestFastifyApplication;
  let clock: FakeClock;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, clock, stop } = await startScheduler());
  });
  afterAll(() => stop?.());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, payload });

  it('manages calendars: create, refuse a duplicate, name a bad field, replace, list', async () => {
    const berlin = {
      code: 'BER1',
      name: 'Berlin',
      timeZone: 'Europe/Berlin',
      weeklyHours: weekdays([{ from: '08:00', to: '16:00' }]),
    };
    expect((await call('POST', '/calendars', berlin)).statusCode).toBe(201);
    expect((await call('POST', '/calendars', berlin)).statusCode).toBe(409);

    const bad = await call('POST', '/calendars', {
      ...berlin,
      code: 'BER2',
      timeZone: 'Mars/Olympus',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'timeZone' })]);

    const replaced = await call('PUT', '/calendars/BER1', {
      ...berlin,
      code: undefined,
      holidays: ['2025-12-25'],
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().holidays).toEqual(['2025-12-25']);
    const codes = (await call('GET', '/calendars'))
      .json()
      .items.map((c: { code: string }) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['BER1', 'SH01', 'GZ01', 'HQ']));
  });

  it('R3: arms on the branch calendar, escalates at business times, shows queues and history', async () => {
    const arm = {
      deadlineId: 'quote-inquiry:Q-1:answer',
      rule: 'R3',
      subject: { type: 'quote-inquiry', id: 'Q-1', branch: 'SH01' },
      // Monday 16:00 Shanghai + 8 working hours → Tuesday 15:00
      due: {
        kind: 'after',
        startsAt: clock.now().toISOString(),
        duration: 'PT8H',
        calendar: { kind: 'business-hours', branch: 'SH01' },
      },
      ladder,
      payload: { customer: 'ACME' },
    };
    const armed = await call('POST', '/deadlines', arm);
    expect(armed.statusCode).toBe(201);
    expect(armed.json()).toMatchObject({ state: 'armed', dueAt: '2025-01-07T07:00:00.000Z' });
    expect((await call('POST', '/deadlines', arm)).statusCode).toBe(200);
    expect((await call('POST', '/deadlines', { ...arm, payload: {} })).statusCode).toBe(409);

    clock.set('2025-01-07T06:30:00Z');
    const soon = (await call('GET', '/queues/SH01/agent?dueSoonWithin=PT1H')).json();
    expect(soon.dueSoon.map((d: { id: string }) => d.id)).toContain(arm.deadlineId);

    clock.set('2025-01-07T07:00:00Z');
    await waitFor(
      async () =>
        (await call('GET', `/deadlines/${arm.deadlineId}`)).json().escalatedRole === 'agent',
      {
        description: 'level 1 fired by the running firer',
      },
    );
    const queue = (await call('GET', '/queues/SH01/agent')).json();
    expect(queue.overdue.map((d: { id: string }) => d.id)).toContain(arm.deadlineId);

    const bySubject = (
      await call('GET', '/deadlines?subjectType=quote-inquiry&subjectId=Q-1')
    ).json();
    expect(bySubject.items).toHaveLength(1);
    expect(
      (await call('POST', `/deadlines/${arm.deadlineId}/cancel`, { reason: 'done' })).json().closed,
    ).toHaveLength(1);
    const history = (await call('GET', `/deadlines/${arm.deadlineId}/history`)).json();
    expect(history.items.map((h: { kind: string }) => h.kind)).toEqual([
      'armed',
      'level-fired',
      'completed',
    ]);
  });

  it('pauses, resumes, moves and cancels by subject over HTTP', async () => {
    clock.set('2025-01-08T00:00:00Z');
    const arm = {
      deadlineId: 'complaint:C-9:reply',
      rule: 'R17',
      subject: { type: 'complaint', id: 'C-9', branch: 'SH01' },
      due: { kind: 'at', dueAt: new Date(clock.now().getTime() + HOUR).toISOString() },
      ladder,
      payload: {},
    };
    expect((await call('POST', '/deadlines', arm)).statusCode).toBe(201);
    expect((await call('POST', `/deadlines/${arm.deadlineId}/pause`)).json().state).toBe('paused');
    clock.advance(2 * HOUR);
    expect((await call('POST', `/deadlines/${arm.deadlineId}/resume`)).json()).toMatchObject({
      state: 'armed',
      dueAt: new Date(clock.now().getTime() + HOUR).toISOString(),
    });
    const moved = await call('POST', `/deadlines/${arm.deadlineId}/move`, {
      due: { kind: 'at', dueAt: '2025-01-09T00:00:00Z' },
    });
    expect(moved.json().nextFireAt).toBe('2025-01-09T00:00:00.000Z');
    const cancelled = await call('POST', '/deadlines/cancel', {
      subject: { type: 'complaint', id: 'C-9' },
      reason: 'withdrawn',
    });
    expect(cancelled.json().closed.map((d: { state: string }) => d.state)).toEqual(['cancelled']);
    const kinds = (await call('GET', `/deadlines/${arm.deadlineId}/history`))
      .json()
      .items.map((h: { kind: string }) => h.kind);
    expect(kinds).toEqual(['armed', 'paused', 'resumed', 'moved', 'cancelled']);
  });

  it('answers 400 naming the field, 404 for an unknown deadline', async () => {
    const bad = await call('POST', '/deadlines', {
      deadlineId: 'x',
      rule: 'R3',
      subject: { type: 't', id: '1', branch: 'SH01' },
      due: { kind: 'at', dueAt: 'tomorrow' },
      ladder: [{ level: 1, role: 'janitor', after: 'PT0S' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'due.dueAt',
      'ladder.0.role',
    ]);
    const missing = await call('POST', '/deadlines/nope/pause');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });
});
