import ExcelJS from 'exceljs';
import { waitFor } from '@freight/testing';
import { Api, ComplaintDesk, startComplaintDesk } from './complaint-desk.fixture';

// R20 monthly complaint report and R21 fines of a seeded month, against figures worked out by
// hand below — through the gateway, with the real scheduler for the escalations.

interface Line {
  kind: string;
  person: { username: string | null };
  complaintId: string;
  count: number;
  amount: { amountMinor: number };
  companyWideNotice: boolean;
  state: string;
  id: string;
  explanation: string;
}

describe('a seeded month: R20 report and R21 fines, computed by hand', () => {
  let desk: ComplaintDesk;
  let agent: Api, manager: Api, hq: Api, gm: Api;
  const ids: Record<string, string> = {};
  const links: Record<string, string> = {};

  const register = async (who: Api, key: string, body: Record<string, unknown>) => {
    const answer = await who.post('/api/v1/complaints', {
      caller: { name: '李伟', phone: '13800001001' },
      description: `complaint ${key}`,
      customerRequest: 'put it right',
      solvedOnCall: false,
      ...body,
    });
    expect({ key, status: answer.status, body: answer.body }).toMatchObject({ key, status: 201 });
    ids[key] = answer.body.id;
    if (answer.body.survey) links[key] = answer.body.survey.link;
    return answer.body.id as string;
  };
  const fault = (id: string, staff: string[], who = manager) =>
    who.post(`/api/v1/complaints/${id}/fault`, {
      staff: staff.map((username) => ({ username })),
      note: 'established',
    });
  const level = (id: string, n: number) =>
    waitFor(async () => (await agent.get(`/api/v1/complaints/${id}`)).body.assignee.level === n, {
      description: `${id} at level ${n}`,
      timeoutMs: 60_000,
    });

  beforeAll(async () => {
    desk = await startComplaintDesk({ scheduler: true, start: '2026-01-15T02:00:00Z' });
    [agent, manager, hq, gm] = await Promise.all(
      ['agent', 'branch-manager', 'hq-service', 'general-manager'].map((u) => desk.as(u)),
    );
    const ladders = (await hq.get('/api/v1/complaint-desks/SH01')).body.ladders;
    const strip = (levels: { role: string; after: string }[]) =>
      levels.map(({ role, after }) => ({ role, after }));
    const stripped = {
      callAnswer: strip(ladders.callAnswer),
      internalCall: strip(ladders.internalCall),
      complaintReply: strip(ladders.complaintReply),
    };
    await hq.put('/api/v1/complaint-desks/SH01', {
      ladders: stripped,
      people: [
        { role: 'branch-manager', username: 'branch-manager' },
        { role: 'hq-service', username: 'hq-service' },
      ],
    });
    await hq.put('/api/v1/complaint-desks/GZ01', {
      ladders: stripped,
      people: [{ role: 'branch-manager', username: 'gz.manager' }],
    });

    // li.ming at fault in January and February too: three months running by March
    for (const [month, when] of [
      ['jan', '2026-01-15T02:00:00Z'],
      ['feb', '2026-02-10T02:00:00Z'],
    ]) {
      desk.clock.set(when);
      await fault(
        await register(agent, month, {
          customerId: 'CUST-SH-0007',
          caller: { phone: '13800001007' },
          cause: 'other',
          solvedOnCall: true,
          result: 'apologised',
        }),
        ['li.ming'],
      );
    }

    // C1, Mon 2 March 09:00 Shanghai: replied after 30 min, resolved after 2 h; li.ming at fault
    desk.clock.set('2026-03-02T01:00:00Z');
    const c1 = await register(agent, 'c1', { customerId: 'CUST-SH-0001', cause: 'late-delivery' });
    desk.clock.set('2026-03-02T01:30:00Z');
    await agent.post(`/api/v1/complaints/${c1}/reply`, { text: 'Tomorrow 10:00' });
    desk.clock.set('2026-03-02T03:00:00Z');
    links.c1 = (
      await agent.post(`/api/v1/complaints/${c1}/resolve`, { result: 'Delivered' })
    ).body.survey.link;
    await fault(c1, ['li.ming']);

    // C2: solved on the call; li.ming again
    desk.clock.set('2026-03-03T01:00:00Z');
    const c2 = await register(agent, 'c2', {
      customerId: 'CUST-SH-0002',
      caller: { phone: '13800001002' },
      cause: 'damage',
      solvedOnCall: true,
      result: 'Refunded',
    });
    await fault(c2, ['li.ming']);

    // C3: the hour lapses (the agent's level fires), replied after 90 min, resolved after 3 h;
    // li.ming's third (50 and a company-wide notice) and zhao.lei's first
    const notices = await agent.live();
    desk.clock.set('2026-03-04T01:00:00Z');
    const c3 = await register(agent, 'c3', {
      customerId: 'CUST-SH-0003',
      caller: { name: '王芳', phone: '13800001003' },
      cause: 'late-delivery',
    });
    desk.clock.set('2026-03-04T02:01:00Z');
    await level(c3, 1);
    desk.clock.set('2026-03-04T02:30:00Z');
    await agent.post(`/api/v1/complaints/${c3}/reply`, { text: 'Tomorrow' });
    desk.clock.set('2026-03-04T04:00:00Z');
    await agent.post(`/api/v1/complaints/${c3}/resolve`, { result: 'Delivered late' });
    await fault(c3, ['li.ming', 'zhao.lei']);
    await notices.waitForEvent(
      (p) => p.kind === 'alert' && p.data?.kind === 'complaint-notice',
      'the company-wide notice',
      60_000,
    );

    // C4: nobody replies; it climbs to the branch manager (+2 h), who does nothing, and to HQ
    // (+5 h): the manager's neglect (10 until HQ sets it) and the HQ coordinator's 5
    desk.clock.set('2026-03-05T01:00:00Z');
    const c4 = await register(agent, 'c4', {
      customerId: 'CUST-SH-0005',
      caller: { name: '刘洋', phone: '13800001005' },
      cause: 'shortage',
    });
    desk.clock.set('2026-03-05T06:01:00Z');
    await level(c4, 3);
    desk.clock.set('2026-03-05T07:00:00Z');
    await hq.post(`/api/v1/complaints/${c4}/reply`, { text: 'Found at the Wuhan hub' });

    // C5: GZ01 (registered by HQ), solved on the call; gz.agent at fault
    desk.clock.set('2026-03-06T01:00:00Z');
    const c5 = await register(hq, 'c5', {
      branch: 'GZ01',
      customerId: 'CUST-GZ-0001',
      caller: { phone: '13900002001' },
      cause: 'damage',
      solvedOnCall: true,
      result: 'Replaced',
    });
    await fault(c5, ['gz.agent'], hq);

    // C6: C1's customer again (a repeat complainant), solved on the call
    desk.clock.set('2026-03-09T01:00:00Z');
    await register(agent, 'c6', {
      customerId: 'CUST-SH-0001',
      cause: 'staff-attitude',
      solvedOnCall: true,
      result: 'Apologised',
    });

    // three calls: answered on the line, answered after 3 min, never answered
    desk.clock.set('2026-03-10T01:00:00Z');
    const call = (answeredOnCall: boolean) =>
      agent.post('/api/v1/calls', {
        kind: 'inquiry',
        caller: { name: '李伟', phone: '13800001001' },
        summary: 'rates',
        startedAt: desk.clock.now().toISOString(),
        answeredOnCall,
      });
    await call(true);
    const late = (await call(false)).body.id;
    await call(false);
    desk.clock.set('2026-03-10T01:03:00Z');
    await agent.post(`/api/v1/calls/${late}/answer`, { answer: 'sent' });

    // two surveys answered in March: C1's 4, C2's 2
    for (const [key, score] of [
      ['c1', 4],
      ['c2', 2],
    ] as const) {
      const token = links[key].split('/').pop();
      expect(
        (await desk.anonymous('POST', `/api/v1/public/surveys/${token}`, { body: { score } }))
          .status,
      ).toBe(201);
    }
    desk.clock.set('2026-03-31T08:00:00Z');
  }, 600_000);
  afterAll(() => desk?.stop());

  it('R21: the month’s fine lines are exactly the rules’ — 10/20/50, the manager’s 5, neglect 10, the coordinator’s 5', async () => {
    const fines = await gm.get('/api/v1/fines?month=2026-03');
    expect(fines.status).toBe(200);
    const lines = (fines.body.items as Line[]).map((l) => [
      l.kind,
      l.person.username,
      l.complaintId,
      l.count,
      l.amount.amountMinor,
      l.companyWideNotice,
    ]);
    expect(lines.sort()).toEqual(
      [
        ['staff-at-fault', 'li.ming', ids.c1, 1, 1000, false],
        ['staff-at-fault', 'li.ming', ids.c2, 2, 2000, false],
        ['staff-at-fault', 'li.ming', ids.c3, 3, 5000, true],
        ['staff-at-fault', 'zhao.lei', ids.c3, 1, 1000, false],
        ['branch-manager-joint', 'branch-manager', ids.c1, 1, 500, false],
        ['branch-manager-joint', 'branch-manager', ids.c2, 2, 500, false],
        ['branch-manager-joint', 'branch-manager', ids.c3, 3, 500, false],
        ['manager-neglect', 'branch-manager', ids.c4, 1, 1000, false],
        ['hq-coordinator-joint', 'hq-service', ids.c4, 1, 500, false],
        ['staff-at-fault', 'gz.agent', ids.c5, 1, 1000, false],
        ['branch-manager-joint', 'gz.manager', ids.c5, 1, 500, false],
      ].sort(),
    );
    const third = (fines.body.items as Line[]).find(
      (l) => l.complaintId === ids.c3 && l.person.username === 'li.ming',
    )!;
    expect(third.explanation).toBe(
      `R21: li.ming at fault in ${ids.c3}, the 3rd such complaint in 2026-03: 50.00 CNY, and a company-wide notice`,
    );
    expect(fines.body.totals).toEqual([
      { branch: 'GZ01', amount: { amountMinor: 1500, currency: 'CNY' }, lines: 2 },
      { branch: 'SH01', amount: { amountMinor: 12000, currency: 'CNY' }, lines: 9 },
    ]);
    // R21 屡教不改: at fault in January, February and March
    expect(fines.body.reviewFlags).toEqual([
      {
        branch: 'SH01',
        username: 'li.ming',
        reason: 'three-months-running',
        explanation: 'at fault in complaints of 2026-01, 2026-02 and 2026-03',
      },
    ]);
    // a branch manager sees their branch's lines; an agent none
    const own = await manager.get('/api/v1/fines?month=2026-03');
    expect(new Set(own.body.items.map((l: Line & { branch: string }) => l.branch))).toEqual(
      new Set(['SH01']),
    );
    expect((await agent.get('/api/v1/fines?month=2026-03')).status).toBe(403);
  });

  it('R21: HQ sets a neglect fine within 10–50 and waives a line with its reason (audited); refusals name the reason', async () => {
    const items = (await gm.get('/api/v1/fines?month=2026-03')).body.items as Line[];
    const neglect = items.find((l) => l.kind === 'manager-neglect')!;
    const zhao = items.find((l) => l.person.username === 'zhao.lei')!;
    const tooMuch = await hq.post(`/api/v1/fines/${encodeURIComponent(neglect.id)}/assess`, {
      amountMinor: 6000,
      reason: 'x',
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.errors).toEqual([expect.objectContaining({ field: 'amountMinor' })]);
    const assessed = await hq.post(`/api/v1/fines/${encodeURIComponent(neglect.id)}/assess`, {
      amountMinor: 3000,
      reason: 'Ignored the customer twice',
    });
    expect(assessed.body).toMatchObject({
      amount: { amountMinor: 3000 },
      explanation: expect.stringContaining('set by HQ'),
    });
    const fixed = await hq.post(`/api/v1/fines/${encodeURIComponent(zhao.id)}/assess`, {
      amountMinor: 3000,
      reason: 'x',
    });
    expect(fixed.status).toBe(409);
    expect(fixed.body.type).toBe('urn:freight:problem:fine-not-assessable');
    const waived = await hq.post(
      `/api/v1/fines/${encodeURIComponent(zhao.id)}/waive`,
      { reason: 'Dispatch changed the time without telling him' },
      { headers: { 'x-correlation-id': 'waive-zhao-1' } },
    );
    expect(waived.body).toMatchObject({
      state: 'waived',
      amount: { amountMinor: 0 },
      assessed: { amountMinor: 1000 },
      waiver: { reason: 'Dispatch changed the time without telling him', by: 'hq-service' },
    });
    expect(
      (await hq.post(`/api/v1/fines/${encodeURIComponent(zhao.id)}/waive`, { reason: 'again' }))
        .status,
    ).toBe(409);
    expect(
      (await manager.post(`/api/v1/fines/${encodeURIComponent(zhao.id)}/waive`, { reason: 'mine' }))
        .status,
    ).toBe(403);
    const [audit] = await desk.gateway.dataSource.query(
      "SELECT action, outcome, actor_name, status FROM audit_record WHERE correlation_id = 'waive-zhao-1'",
    );
    expect(audit).toEqual({
      action: 'POST /api/v1/fines/:id/waive',
      outcome: 'succeeded',
      actor_name: 'hq-service',
      status: 200,
    });
    const totals = (await gm.get('/api/v1/fines?month=2026-03&branch=SH01')).body.totals;
    // 1000 + 2000 + 5000 (li.ming) + 0 (zhao.lei, waived) + 3 × 500 + 3000 (neglect, set) + 500
    expect(totals).toEqual([
      { branch: 'SH01', amount: { amountMinor: 13000, currency: 'CNY' }, lines: 9 },
    ]);
  });

  it('R20: each branch’s month for the general manager matches the register', async () => {
    const report = await gm.get('/api/v1/reports/complaints?month=2026-03');
    expect(report.status).toBe(200);
    const sh = report.body.items.find((r: { branch: string }) => r.branch === 'SH01');
    expect(sh).toEqual({
      branch: 'SH01',
      complaints: { total: 5, solvedOnCall: 2, important: 0, closed: 4, open: 1 },
      byCause: [
        { cause: 'late-delivery', label: '延误 late delivery', count: 2 },
        { cause: 'damage', label: '货损 damaged goods', count: 1 },
        { cause: 'shortage', label: '少货 shortage', count: 1 },
        { cause: 'staff-attitude', label: '服务态度 staff attitude', count: 1 },
      ],
      // first replies 30, 90 and 360 min: median 90, p90 90 + 0.8 × 270 = 306
      // within the hour: C1, and the two solved on the call: 3 of 5
      firstReply: {
        medianMinutes: 90,
        p90Minutes: 306,
        withinDeadline: 3,
        withinDeadlineShare: 0.6,
      },
      // closed after 0, 0, 120 and 180 min: median 60, p90 120 + 0.7 × 60 = 162
      resolution: { medianMinutes: 60, p90Minutes: 162 },
      escalations: [
        { level: 1, role: 'agent', count: 2 },
        { level: 2, role: 'branch-manager', count: 1 },
        { level: 3, role: 'hq-service', count: 1 },
      ],
      repeatComplainants: [{ customerId: 'CUST-SH-0001', phone: null, count: 2 }],
      calls: { total: 3, answeredWithinDeadline: 2, awaiting: 1 },
      fines: { amount: { amountMinor: 13000, currency: 'CNY' }, lines: 9, waived: 1 },
      satisfaction: { answered: 2, average: 3 },
    });
    expect(report.body.items.find((r: { branch: string }) => r.branch === 'GZ01')).toMatchObject({
      complaints: { total: 1, solvedOnCall: 1 },
      firstReply: { medianMinutes: null, withinDeadline: 1, withinDeadlineShare: 1 },
      fines: { amount: { amountMinor: 1500 }, lines: 2 },
    });
    // the branch manager's is their branch's
    const own = await manager.get('/api/v1/reports/complaints?month=2026-03');
    expect(own.body.items.map((r: { branch: string }) => r.branch)).toEqual(['SH01']);
  });

  it('R20: the same report as CSV and XLSX, and a chart per branch as SVG and PNG', async () => {
    const csv = await gm.get('/api/v1/reports/complaints?month=2026-03&branch=SH01&format=csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain('complaints-SH01-2026-03.csv');
    expect(csv.text).toContain('SH01,first reply 首次答复,p90 minutes 90分位(分钟),306');
    expect(csv.text).toContain('SH01,fines 罚款,amount CNY 金额(元),130.00');
    const xlsx = await fetch(
      `${desk.gateway.url}/api/v1/reports/complaints?month=2026-03&format=xlsx`,
      { headers: { authorization: `Bearer ${gm.token}` } },
    );
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const rows = book.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['分公司 branch', '类别 section', '项目 item', '数值 value']);
    expect(rows).toContainEqual(['GZ01', 'complaints 投诉', 'total 总数', 1]);
    expect(rows).toContainEqual(['SH01', 'by cause 按原因', '延误 late delivery', 2]);
    const svg = await gm.get(
      '/api/v1/reports/complaints/chart?month=2026-03&branch=SH01&format=svg',
    );
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(svg.text).toMatch(/^<svg/);
    expect(svg.text).toContain('延误 late delivery');
    const png = await fetch(
      `${desk.gateway.url}/api/v1/reports/complaints/chart?month=2026-03&branch=GZ01&format=png`,
      { headers: { authorization: `Bearer ${gm.token}` } },
    );
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const noBranch = await gm.get('/api/v1/reports/complaints/chart?month=2026-03');
    expect(noBranch.status).toBe(400);
    expect(noBranch.body.errors).toEqual([expect.objectContaining({ field: 'branch' })]);
  });

  it('R23: the month’s satisfaction by branch, agent and customer', async () => {
    const scores = await gm.get('/api/v1/reports/satisfaction?month=2026-03&branch=SH01');
    expect(scores.body.items).toEqual([
      {
        branch: 'SH01',
        answered: 2,
        average: 3,
        byAgent: [{ agent: 'agent', answered: 2, average: 3 }],
        byCustomer: [
          { customerId: 'CUST-SH-0001', answered: 1, average: 4 },
          { customerId: 'CUST-SH-0002', answered: 1, average: 2 },
        ],
      },
    ]);
  });
});
