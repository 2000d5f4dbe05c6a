import { orderInquiryAnsweredV1, orderInquiryReceivedV1, orderPlacedV1 } from '@freight/contracts';
import { waitFor } from '@freight/testing';
import { ComplaintDesk, startComplaintDesk } from './complaint-desk.fixture';

// R10 each agent's day for the department manager: calls and complaints from the desk, quote
// inquiries, quotes and orders from the order service's events — JSON and CSV, by the
// Shanghai day (2 March 2026 = 1 March 16:00 UTC to 2 March 16:00 UTC).
const agentRef = { userId: 'u-agent-1', username: 'agent' };

describe('R10 the agent’s day through the gateway', () => {
  let desk: ComplaintDesk;
  beforeAll(async () => {
    desk = await startComplaintDesk({ start: '2026-03-02T02:00:00Z' });
    const inquiry = (inquiryId: string, receivedAt: string, agent = agentRef) =>
      desk.publish(orderInquiryReceivedV1, { inquiryId, receivedAt, agent });
    await inquiry('INQ-1', '2026-03-01T15:30:00Z'); // 23:30 on 1 March in Shanghai: not the day
    await inquiry('INQ-2', '2026-03-01T16:30:00Z'); // 00:30 on 2 March
    await inquiry('INQ-3', '2026-03-02T03:00:00Z');
    await inquiry('INQ-4', '2026-03-02T04:00:00Z', { userId: 'u-li', username: 'li.ming' });
    await desk.publish(orderInquiryAnsweredV1, {
      inquiryId: 'INQ-2',
      outcome: 'quoted',
      answeredAt: '2026-03-02T02:00:00Z',
    });
    await desk.publish(orderInquiryAnsweredV1, {
      inquiryId: 'INQ-3',
      outcome: 'declined',
      answeredAt: '2026-03-02T05:00:00Z',
    });
    await desk.publish(orderPlacedV1, { placedAt: '2026-03-02T06:00:00Z' });
    await waitFor(
      async () =>
        (await desk.complaint.dataSource.query('SELECT 1 FROM agent_activity')).length === 6,
      {
        description: 'the order service’s events reached the desk',
        timeoutMs: 60_000,
      },
    );
    const agent = await desk.as('agent');
    const call = (kind: string) =>
      agent.post('/api/v1/calls', {
        kind,
        caller: { name: '李伟', phone: '13800001001' },
        summary: kind,
        startedAt: desk.clock.now().toISOString(),
        answeredOnCall: true,
        ...(kind === 'cargo-lookup'
          ? { cargo: { shipDate: '2026-02-27', origin: 'SH', destination: 'WH' } }
          : {}),
      });
    await call('inquiry');
    await call('inquiry');
    await call('cargo-lookup');
    const complaint = await agent.post('/api/v1/complaints', {
      caller: { name: '李伟', phone: '13800001001' },
      cause: 'late-delivery',
      description: 'late',
      customerRequest: 'deliver',
      solvedOnCall: false,
    });
    await agent.post(`/api/v1/complaints/${complaint.body.id}/reply`, { text: 'tomorrow' });
  }, 240_000);
  afterAll(() => desk?.stop());

  it('R10: calls, inquiries, quotes, orders and complaints per agent for the day', async () => {
    const manager = await desk.as('branch-manager');
    const day = await manager.get('/api/v1/reports/agent-day?date=2026-03-02');
    expect(day.status).toBe(200);
    expect(day.body).toEqual({
      date: '2026-03-02',
      items: [
        {
          branch: 'SH01',
          agent: 'agent',
          calls: 3,
          callsByKind: { inquiry: 2, 'cargo-lookup': 1 },
          inquiries: 2,
          quotes: 1,
          orders: 1,
          complaints: 1,
        },
        {
          branch: 'SH01',
          agent: 'li.ming',
          calls: 0,
          callsByKind: {},
          inquiries: 1,
          quotes: 0,
          orders: 0,
          complaints: 0,
        },
      ],
    });
    const before = await manager.get('/api/v1/reports/agent-day?date=2026-03-01');
    expect(before.body.items).toEqual([
      expect.objectContaining({ agent: 'agent', inquiries: 1, calls: 0 }),
    ]);
  });

  it('R10: as CSV for the manager’s spreadsheet; an agent reads it too, another branch’s not', async () => {
    const agent = await desk.as('agent');
    const csv = await agent.get('/api/v1/reports/agent-day?date=2026-03-02&format=csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(
      csv.text
        .replace(/^\uFEFF/, '')
        .split('\n')
        .slice(0, 2),
    ).toEqual([
      '日期 date,分公司 branch,客服 agent,来电 calls,来电分类 calls by kind,询价 inquiries,报价 quotes,下单 orders,投诉 complaints',
      '2026-03-02,SH01,agent,3,"cargo-lookup 1, inquiry 2",2,1,1,1',
    ]);
    const gzOnly = await agent.get('/api/v1/reports/agent-day?date=2026-03-02&branch=GZ01');
    expect(gzOnly.body.items).toHaveLength(2); // forced to the agent's own branch (R41)
    const bad = await agent.get('/api/v1/reports/agent-day?date=2026-3-2');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'date' })]);
  });
});
