import { ComplaintDesk, createUser, startComplaintDesk } from './complaint-desk.fixture';

// R22 service star of the month (每月服务标兵): candidates, staff and customer votes (customers
// through a tokenised link), one vote per voter and month, the result and its history.
const tokenOf = (link: string) => link.split('/').pop()!;

describe('R22 service star of the month through the gateway', () => {
  let desk: ComplaintDesk;
  beforeAll(async () => {
    desk = await startComplaintDesk({ start: '2026-03-20T02:00:00Z' });
  }, 240_000);
  afterAll(() => desk?.stop());

  it('R22: nominated by the manager, voted by staff and customers once each, elected after the month', async () => {
    const [agent, manager, hq] = await Promise.all(
      ['agent', 'branch-manager', 'hq-service'].map((u) => desk.as(u)),
    );
    const nominate = (username: string, name: string) =>
      manager.post('/api/v1/star-candidates', {
        month: '2026-03',
        staff: { username, name },
        reason: 'Kind and quick on the phone',
      });
    const liMing = (await nominate('li.ming', '李明')).body;
    const zhaoLei = (await nominate('zhao.lei', '赵磊')).body;
    expect(liMing).toMatchObject({
      branch: 'SH01',
      month: '2026-03',
      staff: { username: 'li.ming', name: '李明' },
      nominatedBy: 'branch-manager',
    });
    expect((await nominate('li.ming', '李明')).body.type).toBe(
      'urn:freight:problem:already-nominated',
    );
    expect(
      (
        await agent.post('/api/v1/star-candidates', {
          month: '2026-03',
          staff: { username: 'x' },
          reason: 'me',
        })
      ).status,
    ).toBe(403);

    // staff: one vote each per month
    expect((await agent.post(`/api/v1/star-candidates/${liMing.id}/votes`)).status).toBe(201);
    const twice = await agent.post(`/api/v1/star-candidates/${zhaoLei.id}/votes`);
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:freight:problem:already-voted');
    await manager.post(`/api/v1/star-candidates/${zhaoLei.id}/votes`);
    await hq.post(`/api/v1/star-candidates/${zhaoLei.id}/votes`);
    const gz = await createUser(desk, {
      username: 'gz-clerk',
      role: 'documents-clerk',
      branchCode: 'GZ01',
    });
    expect((await gz.post(`/api/v1/star-candidates/${liMing.id}/votes`)).status).toBe(404);

    // customers: a tokenised link each; the form shows the candidates and nothing else
    const ballots = [];
    for (const customerId of ['CUST-SH-0001', 'CUST-SH-0002']) {
      const issued = await agent.post('/api/v1/star-ballots', { month: '2026-03', customerId });
      expect(issued.status).toBe(201);
      ballots.push(issued.body);
    }
    const form = await desk.anonymous(
      'GET',
      `/api/v1/public/star-ballots/${tokenOf(ballots[0].link)}`,
    );
    expect(form.body).toEqual({
      month: '2026-03',
      candidates: [
        { id: liMing.id, name: '李明' },
        { id: zhaoLei.id, name: '赵磊' },
      ],
      expiresAt: '2026-04-07T16:00:00.000Z',
    });
    expect(form.text).not.toMatch(/CUST-|li\.ming|Kind and quick/);
    for (const ballot of ballots) {
      const vote = await desk.anonymous(
        'POST',
        `/api/v1/public/star-ballots/${tokenOf(ballot.link)}`,
        { body: { candidateId: liMing.id } },
      );
      expect(vote.status).toBe(201);
    }
    const again = await desk.anonymous(
      'POST',
      `/api/v1/public/star-ballots/${tokenOf(ballots[0].link)}`,
      { body: { candidateId: zhaoLei.id } },
    );
    expect(again.status).toBe(409);
    expect(
      (await agent.post('/api/v1/star-ballots', { month: '2026-03', customerId: 'CUST-SH-0001' }))
        .status,
    ).toBe(409);

    const open = await hq.get('/api/v1/star-results?month=2026-03&branch=SH01');
    expect(open.body.items).toEqual([
      {
        month: '2026-03',
        branch: 'SH01',
        state: 'open',
        candidates: [
          {
            id: liMing.id,
            staff: { username: 'li.ming', name: '李明' },
            staffVotes: 1,
            customerVotes: 2,
            total: 3,
          },
          {
            id: zhaoLei.id,
            staff: { username: 'zhao.lei', name: '赵磊' },
            staffVotes: 2,
            customerVotes: 0,
            total: 2,
          },
        ],
        winner: null,
        closedAt: null,
      },
    ]);
    const early = await manager.post('/api/v1/star-elections/SH01/2026-03/close');
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:freight:problem:month-not-over');

    desk.clock.set('2026-04-01T01:00:00Z');
    const closed = await manager.post('/api/v1/star-elections/SH01/2026-03/close');
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      state: 'closed',
      winner: { username: 'li.ming', name: '李明' },
      closedAt: '2026-04-01T01:00:00.000Z',
    });
    const [event] = await desk.complaint.dataSource.query(
      "SELECT envelope->'data' AS data FROM outbox WHERE envelope->>'type' = 'complaint.star.elected'",
    );
    expect(event.data).toMatchObject({
      month: '2026-03',
      branch: 'SH01',
      winner: { username: 'li.ming' },
      staffVotes: 1,
      customerVotes: 2,
    });
    const history = await agent.get('/api/v1/star-winners');
    expect(
      history.body.items.map((r: { month: string; winner: { username: string } }) => [
        r.month,
        r.winner.username,
      ]),
    ).toEqual([['2026-03', 'li.ming']]);
    expect(
      (await hq.post(`/api/v1/star-candidates/${zhaoLei.id}/votes`, {}, { headers: {} })).status,
    ).toBe(409);
    desk.clock.set('2026-04-08T00:00:00Z');
    const expired = await desk.anonymous(
      'GET',
      `/api/v1/public/star-ballots/${tokenOf(ballots[1].link)}`,
    );
    expect(expired.status).toBe(410);
  });

  it('R22: a vote names a candidate of its own ballot’s month, or it is refused', async () => {
    const agent = await desk.as('agent');
    desk.clock.set('2026-05-10T01:00:00Z');
    const ballot = (
      await agent.post('/api/v1/star-ballots', { month: '2026-05', customerId: 'CUST-SH-0003' })
    ).body;
    const stranger = await desk.anonymous(
      'POST',
      `/api/v1/public/star-ballots/${tokenOf(ballot.link)}`,
      {
        body: { candidateId: '00000000-0000-4000-8000-000000000000' },
      },
    );
    expect(stranger.status).toBe(422);
    expect(stranger.body.errors).toEqual([expect.objectContaining({ field: 'candidateId' })]);
    const malformed = await desk.anonymous(
      'POST',
      `/api/v1/public/star-ballots/${tokenOf(ballot.link)}`,
      { body: { candidateId: 'li.ming' } },
    );
    expect(malformed.status).toBe(400);
  });
});
