import {
  FakeClock,
  ServiceUnderTest,
  SmtpSink,
  startServiceForTest,
  startSmtpSink,
  waitFor,
} from '@freight/testing';
import { AppModule } from '../src/app.module';
import { billingConfigSchema, SERVICE } from '../src/config';

// `npm start`'s month-end desk: with DEMO_DATA the demo cast's monthly customers' statements of
// last month stand in every state — draft, checked, sent, invoiced, disputed with a credit note,
// paid, partly paid — without any other service running; and a second start changes nothing.

type Billing = ServiceUnderTest<ReturnType<typeof billingConfigSchema.parse>>;

describe('billing demo data', () => {
  const clock = new FakeClock('2025-04-09T02:00:00Z');
  let smtp: SmtpSink;
  let first: Billing;
  const start = (databaseName?: string, logLevel = 'warn') =>
    startServiceForTest({
      service: SERVICE,
      configSchema: billingConfigSchema,
      appModule: (c) => AppModule.register(c),
      clock,
      databaseName,
      env: {
        DEMO_DATA: 'true',
        DEMO_SETTLE_MS: '300',
        SMTP_URL: smtp.url,
        BILLING_JOBS_POLL_MS: '200',
      },
      logLevel,
    });
  const snapshot = async (service: Billing) =>
    (
      await service.dataSource.query(
        `SELECT (SELECT count(*) FROM statement)::int AS statements,
                (SELECT count(*) FROM invoice)::int AS invoices,
                (SELECT count(*) FROM credit_note)::int AS credit_notes,
                (SELECT count(*) FROM payment)::int AS payments,
                (SELECT count(*) FROM charge_line)::int AS charge_lines`,
      )
    )[0];

  const demoInPlace = (service: Billing) =>
    waitFor(
      () =>
        service.logLines.some((l) =>
          String(l.msg).includes('demo month-end desk of 2025-03 in place'),
        ),
      { description: 'the demo month-end desk', timeoutMs: 120_000 },
    );

  beforeAll(async () => {
    smtp = await startSmtpSink();
    first = await start(undefined, 'info');
  }, 180_000);

  afterAll(async () => {
    await first?.stop();
    await smtp?.stop();
  });

  it('R24/R25: last month’s statements stand in every state of the month-end desk', async () => {
    await demoInPlace(first);
    const answer = await first.http('GET', '/statements?period=2025-03&limit=100');
    const statements = answer.body.items as {
      status: string;
      invoice: { status: string } | null;
      disputedLines: number;
    }[];
    const states = new Set(statements.map((s) => s.status));
    expect(states).toEqual(new Set(['draft', 'checked', 'sent', 'invoiced']));
    const invoices = statements.filter((s) => s.invoice).map((s) => s.invoice!.status);
    expect(invoices).toEqual(expect.arrayContaining(['open', 'partially-paid', 'paid']));
    expect(statements).toHaveLength(14); // the demo cast's monthly customers
    expect(statements.filter((s) => s.disputedLines > 0)).toHaveLength(1);
    const credits = await first.http('GET', '/credit-notes');
    expect(credits.body.items).toHaveLength(1);
    const confirmations = await first.http('GET', '/receivables-confirmations?status=signed-off');
    expect(confirmations.body.items.length).toBeGreaterThanOrEqual(1);
    const stats = await first.http('GET', '/statistics/monthly?month=2025-03');
    expect(stats.body.company.shipments).toBe(56);
    expect(stats.body.company.complaints).toBeGreaterThan(0);
    expect(stats.body.company.satisfaction).toBeGreaterThan(0);
  });

  it('is idempotent: a second start on the same database adds nothing', async () => {
    const before = await snapshot(first);
    const second = await start(first.config.DATABASE_NAME, 'info');
    try {
      await waitFor(
        () =>
          second.logLines.some((l) =>
            String(l.msg).includes('demo month-end desk of 2025-03 in place'),
          ) || undefined,
        { description: 'the second start’s demo month-end', timeoutMs: 90_000 },
      );
      expect(await snapshot(second)).toEqual(before);
    } finally {
      await second.app.close();
    }
  });
});
