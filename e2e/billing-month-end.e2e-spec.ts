import { Client } from 'pg';
import { namespaced } from '@freight/messaging';
import {
  createTestDatabase,
  EventPublisher,
  FakeClock,
  SmtpSink,
  startSmtpSink,
  TestDatabase,
  testNamespace,
  waitFor,
} from '@freight/testing';
import { FinanceConsumer } from './billing-finance-consumer';
import { BillingProcess, freePort } from './billing-process';
import {
  checkAndSend,
  customerRegistered,
  delivered,
  gatewayCaller,
  orderPlaced,
  otherServices,
  podReceived,
  startGateway,
  startScheduler,
} from './billing-world';

// Issue 23, "Done when": a month of orders — published as the order, tracking and complaint
// services would — through delivery, the month-end close, the documents-desk check, the
// customer's dispute of one line, confirmation, invoice, credit note and payment, all through the
// gateway; the billing service is a real process, SIGKILLed in the middle of the close and again
// in the middle of the confirmations, and restarted. Finance's outside consumer (plain kafkajs)
// sees one invoice per confirmed statement — none missing, none twice — and every other event
// of the story once.

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const month = (() => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
})();
const day = (d: number, hour = 2) => `${month}-${pad(d)}T${pad(hour)}:00:00Z`;

describe('a month-end close, end to end, with billing killed and restarted (issue 23)', () => {
  const namespace = testNamespace();
  const tag = Date.now().toString(36).toUpperCase();
  const bulk = Array.from({ length: 30 }, (_, i) => `CUST-ME-${tag}-${pad(i)}`);
  const story = `CUST-ME-${tag}-STORY`;
  const clock = new FakeClock(day(20));
  let database: TestDatabase;
  let smtp: SmtpSink;
  let scheduler: Awaited<ReturnType<typeof startScheduler>>;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let billing: BillingProcess;
  let billingEnv: Record<string, string>;
  let billingPort: number;
  let finance: FinanceConsumer;
  let publisher: EventPublisher;
  let db: Client;
  let as: ReturnType<typeof gatewayCaller>['as'];
  let publish: ReturnType<typeof otherServices>['publish'];
  const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);
  const restartBilling = async () => {
    billing = await BillingProcess.start(billingEnv, billingPort);
  };

  beforeAll(async () => {
    database = await createTestDatabase('billing_e2e');
    smtp = await startSmtpSink();
    scheduler = await startScheduler(namespace, clock);
    billingPort = await freePort();
    billingEnv = {
      DATABASE_URL: process.env.DATABASE_URL!,
      DATABASE_NAME: database.name,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      KAFKA_NAMESPACE: namespace,
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'warn',
      BILLING_JOBS_POLL_MS: '200',
      // one customer per close transaction, with a pause: a close long enough to kill halfway
      MONTH_CLOSE_CHUNK: '1',
      MONTH_CLOSE_CHUNK_PAUSE_MS: '150',
    };
    await restartBilling();
    gateway = await startGateway(namespace, clock, {
      BILLING_URL: billing.url,
      SCHEDULER_URL: scheduler.url,
    });
    ({ as } = gatewayCaller(gateway));
    ({ publisher, publish } = otherServices(namespace, clock));
    finance = await FinanceConsumer.start(namespaced(namespace, 'billing.events'));
    db = new Client({ connectionString: database.url });
    await db.connect();
  }, 300_000);

  afterAll(async () => {
    await db?.end();
    await finance?.stop();
    await publisher?.close();
    await billing?.stop();
    await gateway?.stop();
    await scheduler?.stop();
    await smtp?.stop();
    await database?.drop();
  });

  it('a month of orders reaches billing: customers, orders, deliveries, PODs', async () => {
    for (const customer of [...bulk, story]) {
      await publish('order.customer.registered', customerRegistered(customer));
      const orders = [3, 11, 19, ...(customer === story ? [25] : [])].map((d) =>
        orderPlaced({ customerId: customer, placedAt: day(d) }),
      );
      for (const order of orders) {
        await publish('order.placed', order);
        await publish('tracking.shipment.status-changed', delivered(order, day(21)));
        await publish('tracking.pod.received', podReceived(order, day(24)));
      }
    }
    await waitFor(
      async () =>
        (await count(`SELECT count(*) AS n FROM shipment WHERE pod_received_at IS NOT NULL`)) ===
        94,
      {
        description: 'every shipment, delivered, with its POD',
        timeoutMs: 120_000,
      },
    );
  });

  it('the month ends: the close drafts every statement exactly once, though billing is SIGKILLed halfway', async () => {
    clock.set(new Date(Date.now() + 60_000)); // the scheduler's month-end deadline lapses
    await waitFor(async () => (await count('SELECT count(*) AS n FROM statement')) >= 5, {
      description: 'the close under way',
      timeoutMs: 120_000,
    });
    await billing.crash();
    const drafted = await count('SELECT count(*) AS n FROM statement');
    expect(drafted).toBeLessThan(31);
    await restartBilling();
    await waitFor(
      async () =>
        (await count(`SELECT count(*) AS n FROM month_close WHERE status = 'done'`)) === 1,
      {
        description: 'the close finished after the restart',
        timeoutMs: 120_000,
      },
    );
    const list = await as('documents-clerk')('GET', `/api/v1/statements?period=${month}&limit=100`);
    const mine = list.body.items.filter((s: { customer: { customerId: string } }) =>
      s.customer.customerId.startsWith(`CUST-ME-${tag}`),
    );
    expect(mine).toHaveLength(31);
    expect(
      new Set(mine.map((s: { customer: { customerId: string } }) => s.customer.customerId)).size,
    ).toBe(31);
    for (const s of mine) expect(s.lineCount).toBe(s.customer.customerId === story ? 8 : 6);
  });

  it('every statement is checked, sent and confirmed — billing killed amid the confirmations — and finance gets one invoice each', async () => {
    const list = await as('documents-clerk')('GET', `/api/v1/statements?period=${month}&limit=100`);
    const ids = new Map<string, string>(
      list.body.items.map((s: { id: string; customer: { customerId: string } }) => [
        s.customer.customerId,
        s.id,
      ]),
    );
    for (const customer of bulk) await checkAndSend({ as }, ids.get(customer)!);
    for (const customer of bulk.slice(0, 10))
      expect(
        (await as('agent')('POST', `/api/v1/statements/${ids.get(customer)}/confirm`, {})).status,
      ).toBe(200);
    await billing.crash();
    await restartBilling();
    const answers = [];
    for (const customer of bulk)
      answers.push(
        (await as('agent')('POST', `/api/v1/statements/${ids.get(customer)}/confirm`, {})).status,
      );
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(409)); // invoiced already: never twice
    expect(answers.slice(10)).toEqual(Array(20).fill(200));
    const issued = await finance.waitFor(
      'billing.invoice.issued',
      (m) => bulk.includes((m.envelope.data.customer as { customerId: string }).customerId),
      30,
    );
    expect(issued).toHaveLength(30);
    expect(new Set(issued.map((m) => m.envelope.data.invoiceNo)).size).toBe(30);
    expect(new Set(issued.map((m) => m.envelope.data.reconciliationId))).toEqual(
      new Set(bulk.map((c) => ids.get(c))),
    );
  });

  it('the story of one customer: documents desk, mail, a disputed line, confirmation, invoice, credit note, payment', async () => {
    const { body: statements } = await as('agent')(
      'GET',
      `/api/v1/statements?period=${month}&customerId=${story}`,
    );
    const id = statements.items[0].id;
    await checkAndSend({ as }, id);
    const mail = await waitFor(
      () => smtp.mails.find((m) => m.to.includes(`${story.toLowerCase()}@example.cn`)),
      {
        description: 'the statement mail',
        timeoutMs: 60_000,
      },
    );
    expect(mail.attachments.map((a) => a.filename)).toEqual([
      `statement-${story}-${month}.pdf`,
      `statement-${story}-${month}.xlsx`,
    ]);
    const token = /\/public\/statements\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
    const disputed = await gateway.http('POST', `/api/v1/public/statements/${token}/disputes`, {
      body: { lines: [{ lineNo: 2, reason: '危险品附加费不适用 surcharge does not apply' }] },
    });
    expect(disputed.status).toBe(200);
    const confirmed = await gateway.http('POST', `/api/v1/public/statements/${token}/confirm`, {
      body: {},
    });
    expect(confirmed.status).toBe(200);
    const invoiceNo = confirmed.body.invoiceNo;
    const credit = await as('branch-manager')(
      'POST',
      `/api/v1/invoices/${invoiceNo}/credit-notes`,
      {
        reason: 'dangerous-goods surcharge does not apply',
        lines: [{ invoiceLineNo: 2, amount: { amountMinor: 30_000, currency: 'CNY' } }],
      },
    );
    expect(credit.status).toBe(201);
    const { body: invoice } = await as('finance')('GET', `/api/v1/invoices/${invoiceNo}`);
    expect(invoice.lines.find((l: { lineNo: number }) => l.lineNo === 2).dispute).toBe('credited');
    const paid = await as('finance')('POST', `/api/v1/customers/${story}/payments`, {
      receivedAt: new Date().toISOString(),
      amount: invoice.open,
      method: 'bank-transfer',
      reference: `BANK-${tag}`,
    });
    expect(paid.status).toBe(201);
    expect((await as('finance')('GET', `/api/v1/invoices/${invoiceNo}`)).body.status).toBe('paid');

    const ofStory = (type: string) =>
      finance.ofType(type).filter((m) => JSON.stringify(m.envelope.data).includes(story));
    await finance.waitFor('billing.payment.allocated', (m) => m.key === invoiceNo);
    expect(ofStory('billing.invoice.issued')).toHaveLength(1);
    expect(ofStory('billing.credit-note.issued')).toHaveLength(1);
    expect(ofStory('billing.payment.recorded')).toHaveLength(1);
    expect(ofStory('billing.payment.allocated')).toHaveLength(1);
    // keyed by the invoice: the credit note and the allocation follow the invoice on its partition
    expect(ofStory('billing.credit-note.issued')[0].key).toBe(invoiceNo);
    // and still one invoice per confirmed statement, after everything else was published
    const all = finance
      .ofType('billing.invoice.issued')
      .filter((m) =>
        (m.envelope.data.customer as { customerId: string }).customerId.startsWith(
          `CUST-ME-${tag}`,
        ),
      );
    expect(all).toHaveLength(31);
    expect(new Set(all.map((m) => m.envelope.data.invoiceNo)).size).toBe(31);
  });
});
