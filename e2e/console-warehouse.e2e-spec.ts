import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatWaybillNo } from '@freight/contracts';
import { KafkaClient } from '@freight/messaging';
import { FakeClock, launchChromium, TestBrowser, waitFor } from '@freight/testing';
import type { Locator, Page } from 'playwright-core';
import { CONSOLE_DIST, ensureConsoleBuilt, SCREENSHOTS } from './console-support';
import {
  E2E_DEMO_PASSWORD,
  PlatformUnderTest,
  signInAs,
  startPlatformForTest,
} from './support/platform';
import {
  OrderEvents,
  placedOrder,
  PLAN_DATE,
  TEST_NOW,
} from '../services/planning/test/support/planning-app';

// Issue 26 phase 2, the warehouse desk in a real browser: the built console served by the real
// gateway, with the real warehouse service and scheduler behind it (real Kafka and Postgres, one
// fake clock). A sale from QC clearance to the gate, each step by the role R29 names, through
// the console's form desks; the stock page shows the goods gone.

const DOCS_SCREENSHOTS = join(__dirname, '..', 'docs', 'screenshots');

async function signInOn(page: Page, platform: PlatformUnderTest, username: string) {
  await page.goto(`${platform.gateway.url}/health/live`);
  await page.evaluate('localStorage.clear(); sessionStorage.clear()');
  await page.goto(`${platform.gateway.url}/console/sign-in`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(E2E_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('[data-home]').waitFor();
}

describe('the warehouse desk in the console (issue 26 phase 2)', () => {
  let platform: PlatformUnderTest;
  let browser: TestBrowser;
  let page: Page;
  const pump = `FG-PMP-E${Date.now().toString(36).toUpperCase()}`;

  const api = async (role: string, method: string, path: string, body?: unknown) => {
    const token = await signInAs(platform, role);
    const answer = await platform.gateway.http(method, `/api/v1/${path}`, { token, body });
    if (answer.status >= 300)
      throw new Error(`${role} ${method} ${path}: ${answer.status} ${answer.text}`);
    return answer.body;
  };

  const signIn = (username: string) => signInOn(page, platform, username);

  const openDesk = async (id: string) => {
    await page.goto(`${platform.gateway.url}/console/desk/${id}`);
    await page.locator('[data-form-desk], [data-stock], [data-planning]').first().waitFor();
  };

  /** the record's page in its drawer, opened from the list */
  const openRecord = async (id: string) => {
    await page.locator(`[data-record="${id}"]`).click();
    const view = page.locator(`[data-record-view="${id}"]`);
    await view.waitFor();
    return view;
  };

  const action = async (view: Locator, label: string, key: string) => {
    await view.getByRole('button', { name: label }).click();
    const form = page.locator(`[data-action="${key}"]`);
    await form.waitFor();
    return form;
  };

  beforeAll(async () => {
    ensureConsoleBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium({
      profilePrefix: 'freight-console-wh-',
      viewport: { width: 1366, height: 900 },
      locale: 'en-US',
    });
    platform = await startPlatformForTest({
      services: ['scheduler', 'warehouse'],
      env: { gateway: { CONSOLE_DIR: CONSOLE_DIST } },
    });
    // the catalogue and ten pumps in stock through R27's inbound procedure, by the API
    await api('warehouse-keeper', 'POST', 'items', {
      code: pump,
      category: 'finished-goods',
      name: 'Centrifugal pump',
      specification: 'DN50',
      unit: 'pcs',
      standardLabourHours: 3,
    });
    await api('finance', 'PUT', `items/${pump}/prices`, {
      standardPriceMinor: 125_000,
      minimumPriceMinor: 160_000,
    });
    const slip = await api('workshop-director', 'POST', 'inbound-slips', {
      receivingUnit: '一车间',
      slipDate: new Date().toISOString().slice(0, 10),
      lines: [
        {
          drawingNo: pump,
          name: 'Centrifugal pump',
          specification: 'DN50',
          quantity: 10,
          unitPriceMinor: 125_000,
          amountMinor: 1_250_000,
          labourHours: 30,
        },
      ],
    });
    await api('workshop-director', 'POST', `approvals/${slip.approvalId}/approve`, {});
    await api('qc-inspector', 'POST', `inbound-slips/${slip.id}/inspection`, {
      result: 'passed',
      reportNo: 'QC-IN-1',
    });
    await api('warehouse-keeper', 'POST', `inbound-slips/${slip.id}/receipt`, {
      goodsChecked: true,
      certificateChecked: true,
    });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  it('R29, R30: QC clears → sales raises the outbound slip → finance refused while unpaid (409), issues once arranged → keeper issues → gate guard checks out → stock goes down', async () => {
    // QC clears two pumps for sale
    await signIn('qc-inspector');
    await openDesk('inspections');
    await page.getByRole('button', { name: 'Clear goods for sale' }).click();
    let drawer = page.locator('.ant-drawer-open');
    await drawer.getByLabel('Item code').fill(pump);
    await drawer.getByLabel('Quantity').fill('2');
    await drawer.getByLabel('Inspection report no.').fill('QC-E2E-1');
    await drawer.getByRole('button', { name: 'Clear goods for sale' }).click();
    const clearanceView = page.locator('[data-record-view]');
    await clearanceView.waitFor();
    const clearanceId = (await clearanceView.getAttribute('data-record-view'))!;
    expect(clearanceId).toMatch(/^QC-/);

    // sales raises the outbound slip on them
    await signIn('sales');
    await openDesk('outbound-slips');
    await page.getByRole('button', { name: 'Raise an outbound slip' }).click();
    drawer = page.locator('.ant-drawer-open');
    await drawer.getByLabel('Buyer').fill('浦东精密零件有限公司');
    await drawer.getByLabel('Item code').fill(pump);
    await drawer.getByLabel('Quantity').fill('2');
    await drawer.getByLabel('Unit price').fill('1700');
    await drawer.getByLabel('QC clearance').fill(clearanceId);
    await drawer.getByRole('button', { name: 'Raise an outbound slip' }).click();
    const saleView = page.locator('[data-record-view]');
    await saleView.locator('[data-status="awaiting-gate-pass"]').waitFor();
    const saleId = (await saleView.getAttribute('data-record-view'))!;
    expect(saleId).toMatch(/^SL-/);

    // finance: no gate pass while unpaid — the 409 above the form; then with payment arranged
    await signIn('finance');
    await openDesk('outbound-slips');
    let view = await openRecord(saleId);
    const passForm = await action(view, 'Issue the gate pass', 'gate-pass');
    await passForm.getByRole('button', { name: 'Issue the gate pass' }).click();
    const refusal = passForm.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('409');
    await page.screenshot({ path: join(SCREENSHOTS, 'warehouse-sale-not-paid.png') });
    await passForm.getByLabel('Payment').click();
    await page.locator('.ant-select-item-option[title="arranged"]').click();
    await passForm.getByLabel('Reference (contract, voucher)').fill('HT-2025-031');
    await passForm.getByRole('button', { name: 'Issue the gate pass' }).click();
    await view.locator('[data-status="gate-pass-issued"]').waitFor();
    const sale = await api('finance', 'GET', `sales/${saleId}`);
    expect(sale.gatePassId).toMatch(/^GP-/);

    // the keeper issues the goods against the pass
    await signIn('warehouse-keeper');
    await openDesk('outbound-slips');
    view = await openRecord(saleId);
    const issue = await action(view, 'Issue the goods', 'issue');
    expect(await issue.getByLabel('Gate pass').inputValue()).toBe(sale.gatePassId);
    await issue.getByRole('button', { name: 'Issue the goods' }).click();
    await view.locator('[data-status="issued"]').waitFor();

    // the gate guard checks the pass at the gate
    await signIn('gate-guard');
    await openDesk('gate-passes');
    view = await openRecord(sale.gatePassId);
    const gate = await action(view, 'Check out at the gate', 'gate-exit');
    await gate.getByLabel('Vehicle').fill('沪A·12345');
    await gate.getByRole('button', { name: 'Check out at the gate' }).click();
    await view.locator('[data-status="left-the-gate"]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'warehouse-gate-pass.png') });
    expect(await api('finance', 'GET', `sales/${saleId}`)).toMatchObject({
      status: 'left-the-gate',
    });

    // the stock page: 10 in, 2 out; the ledger has the issue with the balance after it
    await signIn('warehouse-keeper');
    await openDesk('stock');
    await page.getByLabel('Item code').fill(pump);
    await page.getByLabel('Item code').press('Enter');
    await page.locator(`[data-quantity="${pump}"]`).filter({ hasText: '8 pcs' }).waitFor();
    await page.locator(`[data-item="${pump}"]`).click();
    const ledger = page.locator(`[data-ledger="${pump}"]`);
    await ledger.getByText('sale-issue').waitFor();
    expect(await ledger.textContent()).toContain(saleId);
    await page.screenshot({ path: join(SCREENSHOTS, 'warehouse-stock.png') });
    await page.keyboard.press('Escape');

    // the form desk's main page, for the docs
    await signIn('sales');
    await openDesk('outbound-slips');
    await page.locator(`[data-record="${saleId}"]`).waitFor();
    await openRecord(saleId);
    await page.screenshot({ path: join(SCREENSHOTS, 'warehouse-outbound-slips.png') });
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(
      join(SCREENSHOTS, 'warehouse-outbound-slips.png'),
      join(DOCS_SCREENSHOTS, 'console-warehouse.png'),
    );
  }, 600_000);
});

describe('the planning desk in the console (issue 26 phase 2)', () => {
  let platform: PlatformUnderTest;
  let browser: TestBrowser;
  let orders: OrderEvents;
  let serial = (Date.now() % 9_000_000) * 100;
  const waybill = () => formatWaybillNo('SH', ++serial);
  const ordinary = [
    [31.25, 121.45, 900, [9, 12]],
    [31.1, 121.35, 700, [9, 17]],
    [31.3, 121.55, 800, [13, 17]],
    [31.15, 121.6, 600, [10, 14]],
  ].map(([lat, lng, weightKg, window]) =>
    placedOrder({
      waybillNo: waybill(),
      lat: lat as number,
      lng: lng as number,
      weightKg: weightKg as number,
      volumeM3: 4,
      window: window as [number, number],
    }),
  );
  const overweight = placedOrder({
    waybillNo: waybill(),
    lat: 31.22,
    lng: 121.48,
    weightKg: 12_000,
    volumeM3: 30,
  });

  beforeAll(async () => {
    ensureConsoleBuilt();
    browser = await launchChromium({
      profilePrefix: 'freight-console-plan-',
      viewport: { width: 1366, height: 1000 },
      locale: 'en-US',
    });
    platform = await startPlatformForTest({
      services: ['planning'],
      clock: new FakeClock(TEST_NOW),
      env: {
        planning: { DEMO_DATA: 'true', PLAN_TIME_LIMIT_MS: '1000', PLAN_MAX_ITERATIONS: '300' },
        gateway: { CONSOLE_DIR: CONSOLE_DIST, PROXY_TIMEOUT_MS: '30000' },
      },
    });
    orders = new OrderEvents(platform.services.planning.app.get(KafkaClient), platform.namespace);
    await orders.placed(...ordinary, overweight);
    const token = await signInAs(platform, 'dispatcher');
    await waitFor(
      async () =>
        (await platform.gateway.http('GET', `/api/v1/jobs?date=${PLAN_DATE}`, { token })).body.items
          .length ===
        ordinary.length + 1,
      "the day's orders reached the planning desk",
    );
  }, 600_000);

  afterAll(async () => {
    await orders?.close();
    await browser?.close();
    await platform?.stop();
  });

  it('R40: the dispatcher plans the day and sees the vehicles needed, each route in order with times and load, the unserved with the reason and the map', async () => {
    const page = await browser.context.newPage();
    await signInOn(page, platform, 'dispatcher');
    await page.goto(`${platform.gateway.url}/console/desk/pickup-planning`);
    await page.locator('[data-planning]').waitFor();
    await page.getByLabel('Day').fill(PLAN_DATE);
    await page.getByRole('button', { name: 'Plan the day' }).click();
    const needed = page.locator('[data-vehicles-needed]');
    await needed.waitFor({ timeout: 60_000 });
    const vehicles = Number(await needed.getAttribute('data-vehicles-needed'));
    expect(vehicles).toBeGreaterThan(0);
    expect(await page.locator('[data-route]').count()).toBe(vehicles);

    // every ordinary pickup is on a route, the overweight one unserved with its reason
    const routes = await page.locator('[data-route]').allTextContents();
    for (const order of ordinary) expect(routes.join(' ')).toContain(order.waybillNo);
    const unserved = page.locator('[data-unserved]');
    expect(await unserved.textContent()).toContain(overweight.waybillNo);
    expect(await unserved.textContent()).toContain('over-capacity');

    // the map, fetched with the token, drawn inline
    const map = page.locator('[data-plan-map]');
    await map.waitFor();
    await waitFor(
      async () =>
        (await map.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)) >
        0,
      'the map is drawn',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'planning-map.png'), fullPage: true });
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(
      join(SCREENSHOTS, 'planning-map.png'),
      join(DOCS_SCREENSHOTS, 'console-planning.png'),
    );

    // publish to dispatch
    await page.getByRole('button', { name: 'Publish to dispatch' }).click();
    await page.locator('[data-plan] .ant-tag').filter({ hasText: 'published' }).first().waitFor();
    await page.close();
  }, 600_000);
});
