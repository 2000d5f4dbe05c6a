import { bootGateway, closeGateways, Gateway, signIn } from './gateway.fixture';

afterAll(closeGateways);

describe('R41 every change is audited', () => {
  let gateway: Gateway;
  let admin: string;
  beforeAll(async () => {
    gateway = await bootGateway();
    admin = (await signIn(gateway, 'admin')).accessToken;
  });

  it('records a change with who, role, branch, action, target, time, outcome and correlation id', async () => {
    const created = await gateway.call('POST', '/api/v1/admin/branches', {
      token: admin,
      headers: { 'x-correlation-id': 'audit-change-1' },
      body: { code: 'CD01', name: 'Chengdu Branch', timeZone: 'Asia/Shanghai' },
    });
    expect(created.status).toBe(201);
    const page = await gateway.call('GET', '/api/v1/audit?correlationId=audit-change-1', {
      token: admin,
    });
    expect(page.status).toBe(200);
    expect(page.body.items).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ username: 'admin', role: 'admin', branch: 'HQ' }),
        action: 'POST /api/v1/admin/branches',
        target: 'CD01',
        outcome: 'succeeded',
        status: 201,
        correlationId: 'audit-change-1',
        at: expect.stringMatching(/Z$/),
      }),
    ]);
  });

  it('records a denied request', async () => {
    const agent = (await signIn(gateway, 'agent')).accessToken;
    const denied = await gateway.call('GET', '/api/v1/audit', {
      token: agent,
      headers: { 'x-correlation-id': 'audit-denied-1' },
    });
    expect(denied.status).toBe(403);
    const page = await gateway.call('GET', '/api/v1/audit?correlationId=audit-denied-1', {
      token: admin,
    });
    expect(page.body.items[0]).toMatchObject({
      actor: { username: 'agent', role: 'agent', branch: 'SH01' },
      action: 'GET /api/v1/audit',
      outcome: 'denied',
      status: 403,
      reason: 'role-not-allowed',
    });
  });

  it('pages newest first with an opaque cursor, and filters by outcome', async () => {
    const first = await gateway.call('GET', '/api/v1/audit?limit=2&outcome=succeeded', {
      token: admin,
    });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await gateway.call(
      'GET',
      `/api/v1/audit?limit=2&outcome=succeeded&cursor=${first.body.nextCursor}`,
      { token: admin },
    );
    const ids = [...first.body.items, ...second.body.items].map((r: { id: string }) =>
      Number(r.id),
    );
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
    const bad = await gateway.call('GET', '/api/v1/audit?cursor=nonsense&colour=red', {
      token: admin,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([{ field: 'colour', message: 'unknown field' }]),
    );
  });

  it('can never be edited or deleted, not even by the gateway’s own database user', async () => {
    await expect(
      gateway.dataSource.query("UPDATE audit_record SET outcome = 'succeeded'"),
    ).rejects.toThrow(/append-only/);
    await expect(gateway.dataSource.query('DELETE FROM audit_record')).rejects.toThrow(
      /append-only/,
    );
    await expect(gateway.dataSource.query('TRUNCATE audit_record')).rejects.toThrow(/append-only/);
  });
});
