import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, TestBrowser, waitFor } from '@freight/testing';
import type { Page, Request } from 'playwright-core';
import {
  armDeadline,
  ARTEFACTS,
  CONSOLE_DIST,
  ensureConsoleBuilt,
  Platform,
  SCREENSHOTS,
  signInOnPage,
  startPlatform,
} from './console-support';

// Issue 26 phase 1 in a real browser: Debian's chromium (playwright-core) against the real
// gateway serving the built console, with the real scheduler behind it on a fake clock. Kafka and
// Postgres from KAFKA_BROKERS / DATABASE_URL (npm test). Without chromium this suite fails with
// the command that installs it (launchChromium).

const ROLE_HOMES: Record<string, string[]> = {
  agent: ['new-call', 'caller-story', 'new-inquiry', 'my-day'],
  'branch-manager': ['reassign', 'monthly-reports', 'complaint-register', 'exceptions', 'admin'],
  'hq-service': ['complaint-register', 'all-branches', 'exceptions', 'admin'],
  'documents-clerk': ['orders-to-acknowledge', 'statements-to-check', 'pod-custody'],
  dispatcher: ['exceptions', 'pickup-planning', 'shipment-tracking'],
  'warehouse-keeper': ['inbound-slips', 'outbound-slips', 'returns', 'stock'],
  'qc-inspector': ['inspections', 'returns'],
  finance: ['statements-to-check', 'receivables', 'fines', 'gate-passes'],
  'general-manager': ['approvals', 'monthly-statistics', 'fines', 'service-star', 'admin'],
  admin: ['admin'],
};

const timings: Record<string, unknown> = {};

describe('the agent console in a browser (issue 26 phase 1)', () => {
  let platform: Platform;
  let browser: TestBrowser;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    ensureConsoleBuilt();
    browser = await launchChromium({
      profilePrefix: 'freight-console-',
      viewport: { width: 1366, height: 820 },
    });
    platform = await startPlatform();
  }, 240_000);

  afterAll(async () => {
    writeFileSync(join(ARTEFACTS, 'console-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    await browser?.close();
    await platform?.stop();
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    // the gateway's CSP must not refuse anything the console needs
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
  });

  afterEach(async () => {
    await page.close();
    expect(violations).toEqual([]);
  });

  it('is served at /console/ by the gateway, under its CSP, with / leading there', async () => {
    const root = await fetch(`${platform.gateway.url}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/console/']);
    const deepLink = await fetch(`${platform.consoleUrl}admin/staff`);
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers.get('content-type')).toContain('text/html');
    expect(deepLink.headers.get('cache-control')).toBe('no-cache');
    const csp = deepLink.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    const html = await deepLink.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)![1];
    const script = await fetch(`${platform.gateway.url}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
    // the build's precompressed copy goes to a client that accepts it
    expect(['br', 'gzip']).toContain(script.headers.get('content-encoding'));
    expect((await fetch(`${platform.consoleUrl}assets/missing-0123456789.js`)).status).toBe(404);
    expect((await fetch(`${platform.gateway.url}/api/v1/auth/me`)).status).toBe(401);
  });

  it('shows the sign-in page interactive fast, and refuses a wrong password at the form', async () => {
    const started = Date.now();
    await page.goto(`${platform.consoleUrl}`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const interactiveMs = await page.evaluate('performance.now()');
    timings.signInInteractiveMs = Math.round(Number(interactiveMs));
    timings.signInWallMs = Date.now() - started;
    timings.bundle = readdirSync(join(CONSOLE_DIST, 'assets'))
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => ({
        file: f,
        bytes: statSync(join(CONSOLE_DIST, 'assets', f)).size,
        brotliBytes: existsSync(join(CONSOLE_DIST, 'assets', `${f}.br`))
          ? statSync(join(CONSOLE_DIST, 'assets', `${f}.br`)).size
          : null,
      }));
    expect(page.url()).toBe(`${platform.consoleUrl}sign-in`);

    await page.locator('#username').fill('agent');
    await page.locator('#password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: '401' }).waitFor();
    expect(page.url()).toBe(`${platform.consoleUrl}sign-in`);
  });

  it.each(Object.entries(ROLE_HOMES))(
    '%s signs in and lands on their own home (screenshot)',
    async (role, panels) => {
      const started = Date.now();
      await signInOnPage(page, platform, role);
      await page.locator('[data-queue]').first().locator('.ant-table').waitFor();
      timings[`home:${role}`] = Date.now() - started;
      expect(await page.locator('[data-home]').getAttribute('data-home')).toBe(role);
      expect(await page.locator('[data-principal]').textContent()).toContain(role);
      for (const panel of panels) await page.locator(`[data-panel="${panel}"]`).waitFor();
      // each desk panel links to its desk: built, or a placeholder saying what will be there
      const deskPanels = page.locator('[data-phase]');
      expect(await deskPanels.count()).toBe(panels.filter((p) => p !== 'admin').length);
      await page.locator('[data-live-status="live"]').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `${role}.png`) });
    },
  );

  it('puts a deadline armed for the branch manager on their queue with a ticking countdown, escalates it live, and clears it when closed', async () => {
    await signInOnPage(page, platform, 'branch-manager');
    await page.locator('[data-live-status="live"]').waitFor();
    const mine = page.locator('[data-queue="branch-manager"]');
    const older = await armDeadline(platform, {
      id: `C-${randomUUID().slice(0, 6)}`,
      dueInMs: 5 * 60_000,
      ladder: [{ level: 1, role: 'branch-manager', after: 'PT0S' }],
    });
    const newer = await armDeadline(platform, {
      id: `C-${randomUUID().slice(0, 6)}`,
      dueInMs: 10 * 60_000,
      ladder: [{ level: 1, role: 'branch-manager', after: 'PT0S' }],
    });
    await mine.getByRole('button', { name: 'Reload the queue' }).click();
    const row = (id: string) => mine.locator(`tr[data-deadline-id="${id}"]`);
    await row(newer).waitFor();
    expect(
      await mine
        .locator('tr[data-deadline-id]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-deadline-id'))),
    ).toEqual([older, newer]);
    expect(await row(newer).getAttribute('data-section')).toBe('dueSoon');
    const countdown = row(newer).locator('[data-countdown]');
    const first = await countdown.textContent();
    expect(first).toMatch(/^0:(10:00|09:[0-5]\d) left$/);
    await waitFor(async () => (await countdown.textContent()) !== first, {
      description: 'the countdown ticks',
    });
    expect(await row(newer).textContent()).toContain('not yet');

    // the scheduler's clock runs out: level 1 fires to the branch manager, live
    platform.clock.advance(11 * 60_000);
    const toast = page
      .locator('.ant-notification-notice')
      .filter({ hasText: 'R17 escalated to you' });
    await toast.first().waitFor({ timeout: 60_000 });
    await waitFor(async () => (await row(newer).getAttribute('data-section')) === 'overdue', {
      description: 'the queue shows it overdue without a reload',
      timeoutMs: 60_000,
    });
    expect(await row(newer).locator('[data-level]').textContent()).toBe(
      'level 1 of 1 · branch-manager',
    );
    expect(await row(newer).locator('[data-countdown]').textContent()).toMatch(
      /^overdue 0:\d\d:\d\d$/,
    );
    await page.locator(`[data-live-item="escalation"][data-deadline-id="${newer}"]`).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'branch-manager-escalated.png') });

    // done: the deadline closes, the toast and the inbox entry go, the queue forgets it
    for (const id of [older, newer])
      expect(
        (
          await platform.scheduler.http('POST', `/deadlines/${encodeURIComponent(id)}/cancel`, {
            body: { reason: 'done' },
          })
        ).status,
      ).toBe(200);
    await page
      .locator(`[data-live-item][data-deadline-id="${newer}"]`)
      .waitFor({ state: 'detached', timeout: 60_000 });
    await row(newer).waitFor({ state: 'detached', timeout: 60_000 });
    await toast.first().waitFor({ state: 'detached' });
  });

  it('refreshes the token before it expires and after a 401, and signs out for good', async () => {
    const refreshes: Request[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/auth/refresh')) refreshes.push(r);
    });
    await page.clock.install();
    await signInOnPage(page, platform, 'agent');

    // before expiry: 15-minute tokens are refreshed a minute early
    await page.clock.fastForward('14:01');
    await waitFor(() => refreshes.length === 1, { description: 'a refresh before expiry' });
    await page.locator('[data-home="agent"]').waitFor();

    // after a 401: a token the gateway does not accept is traded for a new pair once
    await page.evaluate(`(() => {
      const s = JSON.parse(localStorage.getItem('freight.console.session'));
      s.accessToken = 'not-a-token';
      localStorage.setItem('freight.console.session', JSON.stringify(s));
    })()`);
    await page.reload();
    await page.locator('[data-home="agent"]').waitFor();
    await waitFor(() => refreshes.length === 2, { description: 'a refresh after the 401' });
    const kept = (await page.evaluate(
      "JSON.parse(localStorage.getItem('freight.console.session')).refreshToken",
    )) as string;

    // sign out: back to sign-in, the session gone here and its refresh token refused there
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate("localStorage.getItem('freight.console.session')")).toBeNull();
    const refused = await platform.gateway.http('POST', '/api/v1/auth/refresh', {
      body: { refreshToken: kept },
    });
    expect(refused.status).toBe(401);
    await page.goto(platform.consoleUrl);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  it('takes the keyboard: Alt+N opens a new call, / searches, ? lists the shortcuts; the language switches', async () => {
    await signInOnPage(page, platform, 'agent');
    await page.keyboard.press('Alt+KeyN');
    await page.locator('[data-form="new-call"]').waitFor();
    expect(page.url()).toBe(`${platform.consoleUrl}desk/new-call`);
    await page.keyboard.press('/');
    await page.getByPlaceholder('Phone, waybill or customer').fill('13800000000');
    await page.keyboard.press('Enter');
    await page.locator('[data-page="caller-story"] input[value="13800000000"]').waitFor();
    await page.keyboard.press('Alt+KeyH');
    await page.locator('[data-home="agent"]').waitFor();
    // off the search box: `?` typed into a field is a character, not a shortcut
    await page.locator('[data-home="agent"]').click();
    await page.keyboard.press('Shift+Slash');
    await page.getByRole('dialog').getByText('Keyboard shortcuts').waitFor();
    await page.keyboard.press('Escape');

    await page.getByText('中文').click();
    await page.getByRole('heading', { name: '客服专员 · SH01' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'agent-zh.png') });
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Agent · SH01' }).waitFor();
  });

  it('lets the admin manage staff and branches with the refusals at their fields, and read the audit trail', async () => {
    await signInOnPage(page, platform, 'admin');
    await page.getByRole('link', { name: 'Staff' }).first().click();
    await page.getByRole('cell', { name: 'warehouse-keeper', exact: true }).waitFor();

    await page.getByRole('button', { name: 'New account' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.locator('#username').fill('Bad Name');
    await drawer.locator('#password').fill('short');
    await drawer.getByRole('button', { name: 'Save' }).click();
    const fieldError = (field: string) =>
      drawer.locator(`.ant-form-item:has(#${field}) .ant-form-item-explain-error`);
    await fieldError('username').waitFor();
    expect(await fieldError('username').textContent()).toContain('a-z 0-9');
    expect(await fieldError('password').textContent()).toContain('12 characters');
    await drawer.screenshot({ path: join(SCREENSHOTS, 'admin-staff-refused.png') });

    const username = `e2e.${randomUUID().slice(0, 6)}`;
    await drawer.locator('#username').fill(username);
    await drawer.locator('#displayName').fill('E2E agent');
    await drawer.locator('#role').click();
    await page.locator('.ant-select-item-option[title="Agent"]').click();
    await drawer.locator('#branchCode').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'GZ01' }).click();
    await drawer.locator('#password').fill('a-long-password-1');
    await drawer.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: username, exact: true }).waitFor();

    await page.getByRole('link', { name: 'Branches' }).first().click();
    await page.getByRole('cell', { name: 'GZ01', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Open a branch' }).click();
    await page.locator('.ant-drawer #code').fill('NB01');
    await page.locator('.ant-drawer #name').fill('Ningbo');
    await page.locator('.ant-drawer #timeZone').fill('Mars/Olympus');
    await page.locator('.ant-drawer').getByRole('button', { name: 'Save' }).click();
    await page
      .locator('.ant-drawer .ant-form-item:has(#timeZone) .ant-form-item-explain-error')
      .filter({ hasText: 'IANA' })
      .waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-mask').waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Audit trail' }).first().click();
    await page.getByRole('cell', { name: 'POST /api/v1/admin/users' }).first().waitFor();
    await page.locator('#from').fill('yesterday');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.locator('.ant-form-item:has(#from) .ant-form-item-explain-error').waitFor();
  });

  it('shows the branch manager only what the gateway lets them do', async () => {
    await signInOnPage(page, platform, 'branch-manager');
    expect(await page.getByRole('link', { name: 'Audit trail' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Staff' }).first().click();
    await page.getByRole('cell', { name: 'agent', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'New account' }).count()).toBe(0);
    // their own branch's staff only (R41): the HQ roles are not listed
    expect(await page.getByRole('cell', { name: 'admin', exact: true }).count()).toBe(0);
  });
});
