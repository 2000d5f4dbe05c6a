import { actorHeaders, FakeClock, startServiceForTest, ServiceUnderTest } from '@freight/testing';
import { AppModule } from '../src/app.module';
import { ComplaintConfig, complaintConfigSchema } from '../src/config';

// Issue 21 item 12: a month of the desk through its use cases, with fixed ids — a second
// replica seeding the same database adds nothing — and nothing waits for the order service.
describe('the complaint desk’s demo month', () => {
  const clock = new FakeClock('2026-03-20T06:00:00Z');
  let first: ServiceUnderTest<ComplaintConfig>;

  const start = (databaseName?: string) =>
    startServiceForTest({
      service: 'complaint',
      configSchema: complaintConfigSchema,
      appModule: (c) => AppModule.register(c),
      clock,
      env: { DEMO_DATA: 'true' },
      databaseName,
      logLevel: 'warn',
    });
  const counts = async (service: ServiceUnderTest<ComplaintConfig>) =>
    (
      await service.dataSource.query(`SELECT
        (SELECT count(*) FROM call)::int AS calls, (SELECT count(*) FROM complaint)::int AS complaints,
        (SELECT count(*) FROM fine_line)::int AS fines, (SELECT count(*) FROM survey WHERE answered_at IS NOT NULL)::int AS answered,
        (SELECT count(*) FROM star_candidate)::int AS candidates, (SELECT count(*) FROM desk)::int AS desks,
        (SELECT count(*) FROM outbox)::int AS events`)
    )[0];

  beforeAll(async () => {
    first = await start();
  }, 240_000);
  afterAll(() => first?.stop());

  it('R15–R23: every branch has a month of calls and complaints, some open and climbing, fines and scores', async () => {
    const seeded = await counts(first);
    expect(seeded).toMatchObject({ desks: 3, candidates: 6 });
    expect(seeded.calls).toBeGreaterThanOrEqual(60);
    expect(seeded.complaints).toBe(24);
    expect(seeded.fines).toBeGreaterThan(0);
    expect(seeded.answered).toBeGreaterThan(0);
    const open = await first.dataSource.query(
      "SELECT id, branch FROM complaint WHERE state = 'open' ORDER BY id",
    );
    expect(open.map((c: { id: string }) => c.id)).toEqual([
      'CMP-GZ01-D00008',
      'CMP-SH01-D00008',
      'CMP-WH01-D00008',
    ]);
    const climbed = await first.dataSource.query(
      "SELECT manager_neglect FROM complaint WHERE id = 'CMP-SH01-D00006'",
    );
    expect(climbed[0].manager_neglect).toMatchObject({
      manager: 'branch-manager',
      coordinator: 'hq-service',
    });
    // the report sees it, through the same API the gateway calls
    const report = await first.http('GET', '/reports/complaints?month=2026-03', {
      headers: actorHeaders({ username: 'general-manager', role: 'general-manager', branch: 'HQ' }),
    });
    expect(report.body.items.map((r: { branch: string }) => r.branch)).toEqual([
      'GZ01',
      'SH01',
      'WH01',
    ]);
  });

  it('seeding again (a second replica on the same database) adds nothing', async () => {
    const before = await counts(first);
    const second = await start(first.config.DATABASE_NAME);
    try {
      expect(await counts(second)).toEqual(before);
    } finally {
      await second.app.close();
    }
  });
});
