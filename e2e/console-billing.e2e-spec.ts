import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { launchChromium, SmtpSink, startSmtpSink, TestBrowser, waitFor } from '@freight/testing';
import type { Page } from 'playwright-core';
import { CONSOLE_DIST, ensureConsoleBuilt, SCREENSHOTS } from './console-support';
import {
  E2E_DEMO_PASSWORD,
  PlatformUnderTest,
  signInAs,
  startPlatformForTest,
} from './support/platform';

// Issue 26 phase 2, the billing and reports desks in a real browser against the whole platform
// (every service in-process, one fake clock, real Kafka and Postgres). Billing's demo month
// (decision 0075) gives last month's statements in every state: Wuhan's are drafts. A documents
// clerk and an agent of WH01 check and send one; finance (SH01) records a payment; the general
// manager reads the month's statistics with their charts and downloads the XLSX.

const DOCS = join(__dirname, '..', 'docs', 'screenshots');

interface StatementLine {
  lineId: string;
  pod: { required: boolean; receivedAt: string | null };
}
interface Statement {
  id: string;
  status: string;
  customer: { customerId: string; name: string };
  lines: StatementLine[];
  mail: { status: string; to: string } | null;
}

describe('the billing and reports desks in the console (issue 26 phase 2)', () => {
  let platform: PlatformUnderTest;
  let browser: TestBrowser;
  let smtp: SmtpSink;
  let page: Page;
  let consoleUrl: string;
  const violations: string[] = [];
  let draft: Statement;

  const tokens = new Map<string, string>();
  const api = async (username: string, method: string, path: string, body?: unknown) => {
    const token = tokens.get(username) ?? (await signInAs(platform, username));
    tokens.set(username, token);
    return platform.gateway.http(method, `/api/v1/${path}`, {
      headers: { authorization: `Bearer ${token}` },
      body,
    });
  };

  const signIn = async (username: string) => {
    await page.goto(`${platform.gateway.url}/health/live`);
    await page.evaluate('localStorage.clear(); sessionStorage.clear()');
    await page.goto(`${consoleUrl}sign-in`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(E2E_DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-home]').waitFor();
  };

  beforeAll(async () => {
    ensureConsoleBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    smtp = await startSmtpSink();
    platform = await startPlatformForTest({
      env: {
        gateway: { CONSOLE_DIR: CONSOLE_DIST },
        // the desk's month of calls and complaints, for the branch manager's reports
        complaint: { DEMO_DATA: 'true' },
        billing: {
          DEMO_DATA: 'true',
          DEMO_SETTLE_MS: '300',
          SMTP_URL: smtp.url,
          BILLING_JOBS_POLL_MS: '200',
        },
      },
    });
    consoleUrl = `${platform.gateway.url}/console/`;
    browser = await launchChromium({
      profilePrefix: 'freight-console-billing-',
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
    });
    // the demo month-end has walked every statement to its state (the last step: sign-offs)
    await waitFor(
      async () => {
        const signed = await api(
          'general-manager',
          'GET',
          'receivables-confirmations?status=signed-off',
        );
        return signed.status === 200 && signed.body.items.length > 0;
      },
      { timeoutMs: 120_000, intervalMs: 500, description: "billing's demo month-end" },
    );
    // Wuhan's drafts are checked and sent by a documents clerk and an agent of WH01
    for (const [username, role] of [
      ['clerk.wh01', 'documents-clerk'],
      ['agent.wh01', 'agent'],
    ]) {
      const created = await api('admin', 'POST', 'admin/users', {
        username,
        displayName: `${role} WH01`,
        role,
        branchCode: 'WH01',
        password: E2E_DEMO_PASSWORD,
      });
      expect(created.status).toBe(201);
    }
    const drafts = await api('clerk.wh01', 'GET', 'statements?status=draft');
    expect(drafts.body.items.length).toBeGreaterThan(0);
    const first = drafts.body.items[0] as Statement;
    draft = (await api('clerk.wh01', 'GET', `statements/${first.id}`)).body as Statement;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await smtp?.stop();
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
  });

  afterEach(async () => {
    await page.close();
    expect(violations).toEqual([]);
  });

  const openStatement = async (customerId: string) => {
    await page.goto(`${consoleUrl}desk/statements-to-check`);
    await page.locator(`[data-statement="${customerId}"] button`).first().click();
    await page.locator('[data-statement-id]').waitFor();
  };
  const mark = (lineId: string, label: 'Matched' | 'Excluded') =>
    page.locator(`[data-line-id="${lineId}"]`).getByText(label, { exact: true }).click();
  const alerts = () => page.locator('[data-statement-id] [role="alert"]');

  it('R24: the documents clerk checks a draft statement line by line against the PODs and completes it', async () => {
    const missing = draft.lines.filter((l) => l.pod.required && !l.pod.receivedAt);
    expect(missing.length).toBeGreaterThan(0); // the demo's last shipment: POD not back
    await signIn('clerk.wh01');
    await openStatement(draft.customer.customerId);
    await page.locator('[data-statement-status="draft"]').waitFor();

    // a line whose POD has not come back cannot be matched: 409 pod-missing, shown above the form
    await mark(missing[0].lineId, 'Matched');
    await page.getByRole('button', { name: 'Save the marks' }).click();
    await expect(alerts().first().textContent()).resolves.toContain('(409)');
    // completing with lines unmarked: 409 lines-unchecked
    await page.getByRole('button', { name: 'Complete the check' }).click();
    await waitFor(async () => (await alerts().count()) === 2, 'the lines-unchecked refusal');
    const refusals = await alerts().allTextContents();
    expect(refusals.join(' ')).toMatch(/409/);

    for (const line of draft.lines) {
      const back = !line.pod.required || line.pod.receivedAt;
      await mark(line.lineId, back ? 'Matched' : 'Excluded');
      if (!back)
        await page
          .locator(`[data-line-id="${line.lineId}"] input[type="text"]`)
          .fill('POD not back yet');
    }
    await page.getByRole('button', { name: 'Save the marks' }).click();
    await page.getByText('Saved').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-billing-statement-check.png') });
    await page.getByRole('button', { name: 'Complete the check' }).click();
    await page.locator('[data-statement-status="checked"]').waitFor();

    const checked = (await api('clerk.wh01', 'GET', `statements/${draft.id}`)).body;
    expect(checked.status).toBe('checked');
    expect(checked.lines.filter((l: { lineNo: number | null }) => l.lineNo !== null)).toHaveLength(
      draft.lines.length - missing.length,
    );
  });

  it('R24: the agent sends the checked statement: the mail with its PDF and XLSX reaches the customer, the PDF opens with the token', async () => {
    await signIn('agent.wh01');
    await openStatement(draft.customer.customerId);
    await page.locator('[data-statement-status="checked"]').waitFor();

    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open the statement PDF' }).click();
    const pdf = await popup;
    await waitFor(() => pdf.url().startsWith('blob:'), 'the PDF opened from a blob');
    await pdf.close();

    await page.getByLabel(/Send to \(instead/).fill('ap@wuhan-customer.example');
    await page.getByRole('button', { name: 'Send to the customer' }).click();
    await page.locator('[data-statement-status="sent"]').waitFor();

    const mail = await waitFor(
      () => smtp.mails.find((m) => m.to.some((to) => to.includes('ap@wuhan-customer.example'))),
      { timeoutMs: 30_000, description: 'the statement mail' },
    );
    const attachments = mail.attachments.map((a) => a.contentType);
    expect(attachments).toEqual(
      expect.arrayContaining([
        'application/pdf',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ]),
    );
    const sent = (await api('agent.wh01', 'GET', `statements/${draft.id}`)).body;
    expect(sent.status).toBe('sent');
  });

  it("R25: finance records a customer's payment, and the account's open amount falls by it", async () => {
    const before = (await api('finance', 'GET', 'customers/CUST-SH-0004/account')).body;
    expect(before.open.amountMinor).toBeGreaterThan(100_00);
    await signIn('finance');
    await page.goto(`${consoleUrl}desk/receivables`);
    await page.getByRole('button', { name: /CUST-SH-0004/ }).click();
    await page.locator('[data-account="CUST-SH-0004"]').waitFor();

    const received = new Date(Date.now() - 3_600_000 + 8 * 3_600_000)
      .toISOString()
      .slice(0, 19)
      .replace('T', ' ');
    const picker = page.getByLabel('Received');
    await picker.click();
    await picker.fill(received);
    await picker.press('Enter');
    await page.getByLabel('Amount').fill('100');
    await page.getByLabel('Reference').fill('ICBC E2E 0001');
    await page.getByRole('button', { name: 'Record the payment' }).click();
    await page
      .locator(`[data-open="${before.open.amountMinor - 100_00}"]`)
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'console-billing-receivables.png') });

    const payments = (await api('finance', 'GET', 'payments?customerId=CUST-SH-0004')).body;
    const payment = payments.items.find(
      (p: { reference: string }) => p.reference === 'ICBC E2E 0001',
    );
    expect(payment.amount).toEqual({ amountMinor: 100_00, currency: 'CNY' });
    expect(payment.allocations.length).toBeGreaterThan(0);
  });

  it("R26: the general manager reads the month's operations statistics as charts and downloads them as a real XLSX", async () => {
    await signIn('general-manager');
    await page.goto(`${consoleUrl}desk/monthly-statistics`);
    const chart = page.locator('[data-chart="Shipments by branch"]');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(3);
    await page.getByRole('cell', { name: 'Company' }).waitFor();
    await page.screenshot({
      path: join(SCREENSHOTS, 'console-reports-monthly-statistics.png'),
      fullPage: true,
    });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'XLSX' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^statistics-\d{4}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const cells = workbook.worksheets.flatMap((sheet) => {
      const values: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
      return values;
    });
    expect(cells).toEqual(expect.arrayContaining(['SH01', 'GZ01', 'WH01']));

    copyFileSync(
      join(SCREENSHOTS, 'console-reports-monthly-statistics.png'),
      join(DOCS, 'console-reports.png'),
    );
    copyFileSync(
      join(SCREENSHOTS, 'console-billing-statement-check.png'),
      join(DOCS, 'console-billing.png'),
    );
  });
  it("R7, R10, R20, R21, R38: each report page reads its role's reports — the branch manager's complaints with the service's own chart", async () => {
    const noRefusal = async () => {
      await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
      expect(await page.locator('[data-page] [role="alert"]').allTextContents()).toEqual([]);
    };
    await signIn('agent');
    await page.goto(`${consoleUrl}desk/my-day`);
    await page.locator('[data-page="my-day"]').waitFor();
    await noRefusal();

    await signIn('branch-manager');
    await page.goto(`${consoleUrl}desk/monthly-reports`);
    await page.locator('[data-report="daily-volume"] .ant-typography').first().waitFor();
    await noRefusal();
    await page.getByRole('tab', { name: 'Complaints' }).click();
    const chart = page.locator('[data-server-chart] img');
    await chart.waitFor();
    expect(await chart.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(
      await chart.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(0);
    await page.screenshot({
      path: join(SCREENSHOTS, 'console-reports-monthly-complaints.png'),
      fullPage: true,
    });
    await page.getByRole('tab', { name: 'Fines' }).click();
    await page.locator('[data-report="fines"]').waitFor();
    await noRefusal();

    await signIn('finance');
    await page.goto(`${consoleUrl}desk/fines`);
    await page.locator('[data-report="fines"] .ant-table').first().waitFor();
    await noRefusal();

    await signIn('hq-service');
    await page.goto(`${consoleUrl}desk/all-branches`);
    await page.locator('[data-report="statistics"] .recharts-bar-rectangle').first().waitFor();
    await page.getByRole('tab', { name: 'Complaints' }).click();
    await page.locator('[data-report="complaints"] [data-branch]').first().waitFor();
    await noRefusal();
  });
});
