import { orderCustomerRegisteredV1, orderPlacedV1 } from '@freight/contracts';
import { waitFor } from '@freight/testing';
import { ComplaintDesk, startComplaintDesk } from './complaint-desk.fixture';

// R15 call log, R16 internal calls, R12 cargo lookups, R19 important inquiries — through the
// gateway, with the real scheduler and a fake clock.
const MINUTE = 60_000;
const WAYBILL = 'SH0000000422'; // the order contract's example: a valid R5 number

describe('the call log through the gateway (R15, R16, R12, R19)', () => {
  let desk: ComplaintDesk;

  beforeAll(async () => {
    desk = await startComplaintDesk({ scheduler: true });
  }, 240_000);
  afterAll(() => desk?.stop());

  const call = (overrides: Record<string, unknown> = {}) => ({
    kind: 'inquiry',
    caller: { name: '李伟', phone: '13800001001' },
    summary: 'How much to ship 2 t of paint to Wuhan?',
    startedAt: desk.clock.now().toISOString(),
    answeredOnCall: true,
    ...overrides,
  });

  it('R15: every call is recorded, the caller matched to the customer by phone', async () => {
    await desk.publish(orderCustomerRegisteredV1, {
      customerId: 'CUST-SH-0001',
      company: '华阳精细化工(上海)有限公司',
      contacts: [{ name: '李伟', phone: '13800001001' }],
    });
    await waitFor(
      async () =>
        (
          await desk.complaint.dataSource.query(
            "SELECT 1 FROM known_customer WHERE customer_id = 'CUST-SH-0001'",
          )
        ).length > 0,
      { description: 'the customer reached the desk', timeoutMs: 60_000 },
    );
    const agent = await desk.as('agent');
    const logged = await agent.post(
      '/api/v1/calls',
      call({ caller: { name: '李伟', phone: '+86 138-0000-1001' } }),
    );
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({
      branch: 'SH01',
      kind: 'inquiry',
      customer: { customerId: 'CUST-SH-0001', company: '华阳精细化工(上海)有限公司' },
      agent: { username: 'agent', role: 'agent' },
      answer: { state: 'answered-on-call', dueAt: null, withinDeadline: true },
    });
    const listed = await agent.get(`/api/v1/calls?customerId=CUST-SH-0001&kind=inquiry`);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(logged.body.id);
    // a caller the desk does not know is recorded all the same
    const stranger = await agent.post(
      '/api/v1/calls',
      call({ kind: 'other', caller: { phone: '02155500199' } }),
    );
    expect(stranger.body).toMatchObject({
      customer: null,
      caller: { name: null, phone: '02155500199' },
    });
  });

  it('R15: a caller not answered on the line is answered within 5 minutes, or the call climbs', async () => {
    const agent = await desk.as('agent');
    const stream = await agent.live();
    const logged = await agent.post(
      '/api/v1/calls',
      call({ answeredOnCall: false, summary: 'Invoice copy for February' }),
    );
    expect(logged.status).toBe(201);
    const startedAt = new Date(logged.body.startedAt).getTime();
    expect(logged.body.answer).toMatchObject({
      state: 'awaiting',
      dueAt: new Date(startedAt + 5 * MINUTE).toISOString(),
    });
    desk.clock.advance(5 * MINUTE + 1_000);
    const escalation = await stream.waitForEvent(
      (p) => p.data?.deadlineId === `call:${logged.body.id}:answer`,
      'the agent is told the caller waits',
      60_000,
    );
    expect(escalation).toMatchObject({
      kind: 'escalation',
      role: 'agent',
      data: { rule: 'R15', level: 1 },
    });
    await waitFor(
      async () => (await agent.get(`/api/v1/calls/${logged.body.id}`)).body.assignee.level === 1,
      {
        description: 'the call records its escalation',
        timeoutMs: 60_000,
      },
    );
    const answered = await agent.post(`/api/v1/calls/${logged.body.id}/answer`, {
      answer: 'Sent by e-mail',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.answer).toMatchObject({
      state: 'answered',
      text: 'Sent by e-mail',
      withinDeadline: false,
      answeredBy: { username: 'agent' },
    });
    const again = await agent.post(`/api/v1/calls/${logged.body.id}/answer`, { answer: 'again' });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:freight:problem:call-already-answered');
  });

  it('R15: answered in time, the clock stops and nothing climbs', async () => {
    const agent = await desk.as('agent');
    const manager = await desk.as('branch-manager');
    const stream = await manager.live();
    const logged = await agent.post('/api/v1/calls', call({ answeredOnCall: false }));
    desk.clock.advance(2 * MINUTE);
    const answered = await agent.post(`/api/v1/calls/${logged.body.id}/answer`, {
      answer: '2,180 yuan',
    });
    expect(answered.body.answer.withinDeadline).toBe(true);
    desk.clock.advance(2 * 60 * MINUTE);
    // a later escalation of another call, as a marker that the stream is flowing
    const marker = await agent.post(
      '/api/v1/calls',
      call({
        answeredOnCall: false,
        startedAt: new Date(desk.clock.now().getTime() - 20 * MINUTE).toISOString(),
      }),
    );
    await stream.waitForEvent(
      (p) => p.data?.deadlineId === `call:${marker.body.id}:answer`,
      'the marker climbs to the manager',
      60_000,
    );
    expect(
      stream.payloads.filter(
        (p) => p.kind === 'escalation' && p.data?.deadlineId === `call:${logged.body.id}:answer`,
      ),
    ).toEqual([]);
  });

  it('R16: an internal call passed to the manager is the manager’s, due in 30 minutes', async () => {
    const agent = await desk.as('agent');
    const manager = await desk.as('branch-manager');
    const stream = await manager.live();
    const logged = await agent.post(
      '/api/v1/calls',
      call({
        kind: 'internal',
        caller: { name: 'Warehouse desk' },
        summary: 'Pallet count for the Guangzhou line?',
        answeredOnCall: false,
        passedToManager: true,
      }),
    );
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({
      passedToManager: true,
      assignee: { role: 'branch-manager', level: 0 },
      answer: {
        dueAt: new Date(new Date(logged.body.startedAt).getTime() + 30 * MINUTE).toISOString(),
      },
    });
    desk.clock.advance(30 * MINUTE + 1_000);
    const escalation = await stream.waitForEvent(
      (p) => p.data?.deadlineId === `call:${logged.body.id}:answer`,
      'the manager is told the internal call waits',
      60_000,
    );
    expect(escalation).toMatchObject({ role: 'branch-manager', data: { rule: 'R16', level: 1 } });
    const done = await manager.post(`/api/v1/calls/${logged.body.id}/answer`, {
      answer: '14 pallets',
    });
    expect(done.body.answer).toMatchObject({
      state: 'answered',
      answeredBy: { username: 'branch-manager' },
    });
  });

  it('R12: a cargo-lookup call records what was asked and shows the order once it is known', async () => {
    const agent = await desk.as('agent');
    const cargo = {
      shipDate: '2025-03-11',
      waybillNo: WAYBILL,
      origin: '上海',
      destination: '武汉',
      packaging: 'drums',
      cargoFeatures: 'blue drums, red labels',
      shortage: '2 of 12 drums missing',
    };
    const logged = await agent.post(
      '/api/v1/calls',
      call({ kind: 'cargo-lookup', summary: 'Where are my drums?', cargo }),
    );
    expect(logged.status).toBe(201);
    expect(logged.body.cargo).toEqual({ ...cargo, order: null });
    await desk.publish(orderPlacedV1, {});
    await waitFor(
      async () => (await agent.get(`/api/v1/calls/${logged.body.id}`)).body.cargo.order !== null,
      {
        description: 'the order reached the desk',
        timeoutMs: 60_000,
      },
    );
    const shown = await agent.get(`/api/v1/calls/${logged.body.id}`);
    expect(shown.body.cargo.order).toMatchObject({
      orderId: 'ORD-SH-2025-000042',
      waybillNo: WAYBILL,
      customerId: 'CUST-SH-00917',
      origin: 'SH',
      destination: 'WH',
      cancelled: false,
    });
  });

  it('R12/R15: what a call must carry is named field by field, and nothing is written', async () => {
    const agent = await desk.as('agent');
    const before = await desk.complaint.dataSource.query('SELECT count(*)::int AS n FROM call');
    const noCargo = await agent.post('/api/v1/calls', call({ kind: 'cargo-lookup' }));
    expect(noCargo.status).toBe(400);
    expect(noCargo.body.errors).toEqual([expect.objectContaining({ field: 'cargo' })]);
    const typo = await agent.post(
      '/api/v1/calls',
      call({
        kind: 'cargo-lookup',
        cargo: {
          shipDate: '2025-03-11',
          waybillNo: 'SH0000000423',
          origin: 'SH',
          destination: 'WH',
        },
      }),
    );
    expect(typo.status).toBe(400);
    expect(typo.body.errors).toEqual([expect.objectContaining({ field: 'cargo.waybillNo' })]);
    const noNumber = await agent.post(
      '/api/v1/calls',
      call({ answeredOnCall: false, caller: { name: '李伟' } }),
    );
    expect(noNumber.status).toBe(400);
    expect(noNumber.body.errors).toEqual([expect.objectContaining({ field: 'caller.phone' })]);
    const future = await agent.post(
      '/api/v1/calls',
      call({ startedAt: new Date(desk.clock.now().getTime() + 10 * MINUTE).toISOString() }),
    );
    expect(future.status).toBe(422);
    expect(future.body.type).toBe('urn:freight:problem:call-in-the-future');
    expect(await desk.complaint.dataSource.query('SELECT count(*)::int AS n FROM call')).toEqual(
      before,
    );
  });

  it('R19: an important inquiry reaches the branch manager at once', async () => {
    const agent = await desk.as('agent');
    const manager = await desk.as('branch-manager');
    const stream = await manager.live();
    const logged = await agent.post(
      '/api/v1/calls',
      call({ important: true, summary: '40 t a month Shanghai–Wuhan, wants a contract' }),
    );
    const alert = await stream.waitForEvent(
      (p) => p.kind === 'alert' && p.data?.subject?.id === logged.body.id,
      'the manager is told',
      60_000,
    );
    expect(alert).toMatchObject({
      eventType: 'complaint.alert.raised',
      branch: 'SH01',
      role: 'branch-manager',
      data: { rule: 'R19', kind: 'important-inquiry', subject: { type: 'call', branch: 'SH01' } },
    });
    expect(alert.data.title).toContain('40 t a month');
  });
});
