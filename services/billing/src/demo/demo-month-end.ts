import type { Actor, DemoDataContext } from '@freight/platform';
import { MonthCloseWorker } from '../closes/month-close.worker';
import { StartMonthCloseHandler } from '../closes/start-month-close.handler';
import type { BillingConfig } from '../config';
import { IssueCreditNoteHandler } from '../invoices/issue-credit-note.handler';
import { PrepareConfirmationHandler } from '../receivables/prepare-confirmation.handler';
import { RecordPaymentHandler } from '../receivables/record-payment.handler';
import { SignOffConfirmationHandler } from '../receivables/sign-off-confirmation.handler';
import { oneOf, rowsOf } from '../shared/sql';
import { AnswerStatementHandler } from '../statements/answer-statement.handler';
import { CheckStatementHandler } from '../statements/check-statement.handler';
import { SendStatementHandler } from '../statements/send-statement.handler';
import { StatementQueries } from '../statements/statement.queries';

type Target = 'draft' | 'checked' | 'sent' | 'invoiced' | 'credited' | 'paid' | 'part-paid';

/** Where each demo customer's statement of last month ends up: every state on the desk. */
const PLAN: Record<string, Target> = {
  'CUST-SH-0001': 'paid',
  'CUST-SH-0003': 'credited',
  'CUST-SH-0004': 'invoiced',
  'CUST-SH-0005': 'sent',
  'CUST-SH-0007': 'checked',
  'CUST-GZ-0001': 'part-paid',
  'CUST-GZ-0002': 'invoiced',
  'CUST-GZ-0004': 'sent',
  'CUST-GZ-0005': 'checked',
};
const ORDER: Target[] = ['draft', 'checked', 'sent', 'invoiced', 'credited', 'paid'];
const reaches = (target: Target, step: Target) =>
  ORDER.indexOf(target === 'part-paid' ? 'paid' : target) >= ORDER.indexOf(step);

const actor = (role: string, branch: string): Actor => ({
  userId: `demo-${role}`,
  username: role,
  role,
  branch,
});

/** Waits (in the background) until no shipment of the month has arrived for a while, then closes. */
export function reconcileWhenSettled(context: DemoDataContext<BillingConfig>, month: string): void {
  const settle = async () => {
    const count = async () =>
      (await oneOf<{ n: number }>(
        context.dataSource,
        `SELECT count(*)::int AS n FROM shipment WHERE service_month = $1`,
        [`${month}-01`],
      ))!.n;
    const deadline = Date.now() + 60_000;
    for (let last = -1, now = await count(); now !== last && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, context.config.DEMO_SETTLE_MS));
      [last, now] = [now, await count()];
    }
    await monthEnd(context, month);
    context.logger.log(`demo month-end desk of ${month} in place`);
  };
  settle().catch((error: unknown) =>
    context.logger.error(`demo month-end of ${month} failed: ${String(error)}`),
  );
}

async function monthEnd(context: DemoDataContext<BillingConfig>, month: string): Promise<void> {
  const close = context.get(StartMonthCloseHandler);
  const branches = await rowsOf<{ branch: string }>(
    context.dataSource,
    `SELECT DISTINCT branch FROM charge_line WHERE billing_period = $1`,
    [`${month}-01`],
  );
  for (const { branch } of branches) await close.start(branch, month);
  await context.get(MonthCloseWorker).runUntilIdle();
  for (let i = 0; i < 300; i++) {
    const running = await oneOf<{ n: number }>(
      context.dataSource,
      `SELECT count(*)::int AS n FROM month_close WHERE period = $1 AND status <> 'done'`,
      [`${month}-01`],
    );
    if (running!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const statements = await rowsOf<{ id: string; customer_id: string; branch: string }>(
    context.dataSource,
    `SELECT id, customer_id, branch FROM statement WHERE period = $1`,
    [`${month}-01`],
  );
  for (const s of statements) {
    const target = PLAN[s.customer_id];
    if (target) await walk(context, s, target);
  }
  await confirmReceivables(context, month);
}

async function walk(
  context: DemoDataContext<BillingConfig>,
  s: { id: string; customer_id: string; branch: string },
  target: Target,
): Promise<void> {
  const statements = context.get(StatementQueries);
  let view = await statements.detail(s.id);
  if (view.status === 'draft' && reaches(target, 'checked')) {
    const marks = view.lines.map((l) => ({
      lineId: l.lineId,
      mark: !l.pod.required || l.pod.receivedAt ? ('matched' as const) : ('excluded' as const),
      ...(l.pod.required && !l.pod.receivedAt ? { note: 'POD not back yet' } : {}),
    }));
    const check = context.get(CheckStatementHandler);
    if (marks.length > 0) await check.mark(s.id, marks, actor('documents-clerk', s.branch));
    await check.complete(s.id, actor('documents-clerk', s.branch));
    view = await statements.detail(s.id);
  }
  if (view.status === 'checked' && view.lineCount > 0 && reaches(target, 'sent')) {
    await context.get(SendStatementHandler).send(s.id, undefined);
    view = await statements.detail(s.id);
  }
  const answers = context.get(AnswerStatementHandler);
  if (view.status === 'sent' && reaches(target, 'invoiced')) {
    if (target === 'credited' && view.lines.length > 1)
      await answers.dispute(
        s.id,
        [{ lineNo: 2, reason: '提货费重复收取 pickup charged twice' }],
        'customer',
      );
    await answers.confirm(s.id, 'customer');
    view = await statements.detail(s.id);
  }
  const invoice = view.invoice;
  if (!invoice) return;
  if (target === 'credited' && view.lines.length > 1) {
    const credited = await oneOf(
      context.dataSource,
      'SELECT 1 FROM credit_note WHERE invoice_no = $1',
      [invoice.invoiceNo],
    );
    if (!credited)
      await context.get(IssueCreditNoteHandler).issue(
        invoice.invoiceNo,
        {
          reason: '提货费重复收取，全额冲红 pickup charged twice',
          lines: [{ invoiceLineNo: 2, amount: { ...view.lines[1].amount, currency: 'CNY' } }],
        },
        actor('branch-manager', s.branch),
      );
  }
  if (target === 'paid' || target === 'part-paid') {
    const paid = await oneOf(context.dataSource, 'SELECT 1 FROM allocation WHERE invoice_no = $1', [
      invoice.invoiceNo,
    ]);
    if (paid) return;
    const amount =
      target === 'paid' ? invoice.open.amountMinor : Math.floor(invoice.open.amountMinor / 2);
    await context.get(RecordPaymentHandler).record(
      view.customer.customerId,
      {
        receivedAt: new Date(context.clock.now().getTime() - 86_400_000).toISOString(),
        amount: { amountMinor: amount, currency: 'CNY' },
        method: 'bank-transfer',
        reference: `DEMO-${invoice.invoiceNo}`,
        allocations: [
          { invoiceNo: invoice.invoiceNo, amount: { amountMinor: amount, currency: 'CNY' } },
        ],
      },
      actor('finance', s.branch),
    );
  }
}

/**
 * R25: last month's confirmation of unpaid amounts for every invoiced demo customer (the close
 * ran before their invoices were issued), the partly paid customer's signed off by finance.
 */
async function confirmReceivables(context: DemoDataContext<BillingConfig>, month: string) {
  const invoiced = await rowsOf<{ customer_id: string; branch: string }>(
    context.dataSource,
    'SELECT customer_id, branch FROM invoice WHERE period = $1 ORDER BY customer_id',
    [`${month}-01`],
  );
  const prepare = context.get(PrepareConfirmationHandler);
  for (const { customer_id, branch } of invoiced) {
    const id = await prepare.prepare(customer_id, month);
    const prepared = await oneOf(
      context.dataSource,
      `SELECT 1 FROM receivables_confirmation WHERE id = $1 AND status = 'prepared'`,
      [id],
    );
    if (PLAN[customer_id] === 'part-paid' && prepared)
      await context
        .get(SignOffConfirmationHandler)
        .signOff(id, 'demo: agreed with the customer by phone', actor('finance', branch));
  }
}
