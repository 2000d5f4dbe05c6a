import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, TestBrowser, waitFor } from '@freight/testing';
import type { Page } from 'playwright-core';
import { ARTEFACTS, CONSOLE_DIST, ensureConsoleBuilt, SCREENSHOTS } from './console-support';
import {
  E2E_DEMO_PASSWORD,
  PlatformUnderTest,
  signInAs,
  startPlatformForTest,
} from './support/platform';

// Issue 26 phase 2, the order and tracking desks in a real browser: Debian's chromium
// (playwright-core) driving the built console, served by the real gateway in front of the whole
// platform (every service in-process, one fake clock, real Kafka and Postgres). The order
// service starts with its demo desk (DEMO_DATA): the demo customers and the SH/GZ/WH tariff.

const DOCS_SCREENSHOTS = join(__dirname, '..', 'docs', 'screenshots');

describe('the order and tracking desks in the console (issue 26 phase 2)', () => {
  let platform: PlatformUnderTest;
  let browser: TestBrowser;
  let page: Page;
  let consoleUrl: string;

  const api = (token: string, method: string, path: string, body?: unknown) =>
    platform.gateway.http(method, `/api/v1/${path}`, { token, body });

  async function signIn(username: string) {
    await page.goto(`${platform.gateway.url}/health/live`);
    await page.evaluate('localStorage.clear(); sessionStorage.clear()');
    await page.goto(`${consoleUrl}sign-in`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(E2E_DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-home]').waitFor();
  }

  const field = (form: string, label: string) =>
    page.locator(`form[data-form="${form}"]`).getByLabel(label, { exact: true });

  beforeAll(async () => {
    ensureConsoleBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium({
      profilePrefix: 'freight-console-order-',
      viewport: { width: 1366, height: 900 },
      locale: 'en-US',
      acceptDownloads: true,
    });
    platform = await startPlatformForTest({
      env: {
        // the labels' first PDF loads the CJK font: more than the default 5 s on a busy 2-core box
        gateway: { CONSOLE_DIR: CONSOLE_DIST, PROXY_TIMEOUT_MS: '30000' },
        order: { DEMO_DATA: 'true' },
        // the branches' business calendars: the 8-hour and 30-minute clocks are armed on them
        scheduler: { DEMO_DATA: 'true' },
      },
    });
    consoleUrl = `${platform.gateway.url}/console/`;
  }, 300_000);

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

  it('R2–R5: an agent records an inquiry, quotes it, records the acceptance, places the order, sees its waybill and prints its labels; the documents clerk acknowledges it from their list', async () => {
    await signIn('agent');
    await page.goto(`${consoleUrl}desk/new-inquiry`);
    await page.locator('form[data-form="inquiry"]').waitFor();

    // R1/R2: the caller is a known customer, found by the phone they give
    await page.getByRole('combobox', { name: 'Customer' }).click();
    await page.getByRole('combobox', { name: 'Customer' }).fill('138 0000 1002');
    await page.locator('.ant-select-item-option', { hasText: '浦东精密零件有限公司' }).click();
    await waitFor(
      async () => (await field('inquiry', 'Company').inputValue()) === '浦东精密零件有限公司',
      'the customer file filled in the company',
    );
    expect(
      await page.locator('form[data-form="inquiry"] input[id="origin_city"]').inputValue(),
    ).toBe('上海市');
    await field('inquiry', 'Product name').fill('机械零件 machine parts');
    await field('inquiry', 'Packaging').fill('crates');
    await field('inquiry', 'Pieces').fill('3');
    await field('inquiry', 'Weight (kg)').fill('860');
    await field('inquiry', 'Volume (m³)').fill('2.4');
    await page.locator('#destination_province').fill('湖北省');
    await page.locator('#destination_city').fill('武汉市');
    await page.locator('#destination_district').fill('洪山区');
    await page.locator('#destination_street').fill('光谷大道 77 号');
    await page.screenshot({
      path: join(SCREENSHOTS, 'console-new-inquiry-form.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Record the inquiry' }).click();

    // R3: the table prices it at once, line by line, shown in yuan
    const assessment = page.locator('[data-assessment="quotable"]');
    await assessment.waitFor();
    const total = await assessment.locator('[data-total]').textContent();
    expect(total).toMatch(/^¥[\d,]+\.\d\d$/);
    const inquiryId = new URL(page.url()).searchParams.get('inquiry');
    expect(inquiryId).toBeTruthy();
    await page.screenshot({
      path: join(SCREENSHOTS, 'console-inquiry-assessed.png'),
      fullPage: true,
    });

    await page.getByRole('button', { name: 'Send the quote' }).click();
    await page.locator('[data-quote-status="offered"]').waitFor();
    await page.getByRole('button', { name: 'Customer accepts' }).click();
    await page.locator('[data-quote-status="accepted"]').waitFor();

    // R4: the work order from the accepted quote
    await field('order', 'Consignee (company or person)').fill('武汉光谷光电有限公司');
    await field('order', 'Person to ask for').fill('罗斌');
    await page.locator('form[data-form="order"] #consignee_phone').fill('13700003001');
    await field('order', 'Cautions').fill('keep dry');
    await page.getByRole('button', { name: 'Place the order' }).click();

    // R5: the waybill number, the status, the price locked from the quote
    const waybill = page.locator('[data-waybill]');
    await waybill.waitFor();
    const waybillNo = (await waybill.textContent())?.trim() ?? '';
    expect(waybillNo).toMatch(/^SH\d{10}$/);
    await page.locator('[data-order-status="placed"]').waitFor();
    expect(await page.locator('[data-order] [data-total]').textContent()).toBe(total);
    const orderId = new URL(page.url()).searchParams.get('order')!;
    await page.screenshot({ path: join(SCREENSHOTS, 'console-order-placed.png'), fullPage: true });

    // R5: the labels, a real PDF through the gateway with the agent's token, saved by the browser
    const [labels, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/api/v1/orders/${orderId}/labels.pdf`)),
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Print labels' }).click(),
    ]);
    expect(labels.status()).toBe(200);
    expect(labels.headers()['content-type']).toContain('application/pdf');
    expect(download.suggestedFilename()).toBe(`${waybillNo}-labels.pdf`);
    const pdfPath = join(ARTEFACTS, `labels-${waybillNo}.pdf`);
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 4).toString()).toBe('%PDF');
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain(waybillNo);
    expect(text).toContain('1/3');

    // R4: the documents clerk acknowledges it from their list (its 30-minute clock is armed on
    // the scheduler over Kafka, behind the demo desk's hundreds: not waited for here)
    const clerk = await signInAs(platform, 'documents-clerk');
    await signIn('documents-clerk');
    await page.goto(`${consoleUrl}desk/orders-to-acknowledge`);
    const open = page.locator(`[data-open="${waybillNo}"]`);
    await open.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-orders-to-acknowledge.png') });
    await open.click();
    await page.locator(`[data-order="${orderId}"]`).waitFor();
    await field('Acknowledge', 'Note').fill('papers checked');
    await page.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await page.locator('[data-order-status="acknowledged"]').waitFor();

    const order = await api(clerk, 'GET', `orders/${orderId}`);
    expect(order.body.status).toBe('acknowledged');
    expect((order.body.acknowledgement as { by: { username: string } }).by.username).toBe(
      'documents-clerk',
    );

    copyFileSync(
      join(SCREENSHOTS, 'console-order-placed.png'),
      join(DOCS_SCREENSHOTS, 'console-order-placed.png'),
    );
  }, 360_000);

  it('R13: an agent records an exception on a shipment, adds a step, is refused closing beyond their authority (422) and escalates; the branch manager closes it', async () => {
    // a shipment tracking knows of: a direct order placed through the API
    const agent = await signInAs(platform, 'agent');
    const placed = await api(agent, 'POST', 'orders', {
      customerId: 'CUST-SH-0001',
      cargo: { description: '涂料 paint', pieces: 12, weightKg: 860, volumeM3: 2.4 },
      serviceOptions: { pickup: true, deliveryMode: 'door', podRequired: true },
      consignee: {
        name: '武汉光谷光电有限公司',
        phone: '13700003001',
        address: {
          province: '湖北省',
          city: '武汉市',
          district: '洪山区',
          street: '光谷大道 77 号',
        },
      },
      pickupWindow: {
        from: new Date(platform.clock.now().getTime() + 86_400_000).toISOString(),
        to: new Date(platform.clock.now().getTime() + 97_200_000).toISOString(),
      },
    });
    expect(placed.status).toBe(201);
    const waybillNo = placed.body.waybillNo as string;
    await waitFor(
      async () => (await api(agent, 'GET', `shipments/${waybillNo}`)).status === 200,
      'tracking learned of the order',
    );

    await signIn('agent');
    await page.goto(`${consoleUrl}desk/exceptions`);
    await page.locator('[data-desk-page="exceptions"]').waitFor();
    await page.getByRole('button', { name: 'Record an exception' }).click();
    await field('record-exception', 'Waybill').fill(waybillNo);
    await field('record-exception', 'Kind').click();
    await page.locator('.ant-select-item-option', { hasText: 'Damage' }).click();
    await field('record-exception', 'What was reported').fill('consignee: 2 of 12 drums dented');
    await page
      .locator('form[data-form="record-exception"]')
      .getByRole('button', { name: 'Record an exception' })
      .click();

    const detail = page.locator('[data-exception][data-state="open"]');
    await detail.waitFor();
    const exceptionId = await detail.getAttribute('data-exception');
    await field('exception-step', 'Step').click();
    await page.locator('.ant-select-item-option', { hasText: 'Customer contacted' }).click();
    await field('exception-step', 'What was done').fill('called 王芳: replacement Thursday');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.locator('[data-step="customer-contacted"]').waitFor();

    // beyond the agent's authority: the gateway's 422 detail above the form
    await field('close-exception', 'Resolution').fill('two drums paid');
    await field('close-exception', 'Compensation paid').fill('1200');
    await page
      .locator('form[data-form="close-exception"]')
      .getByRole('button', { name: 'Close' })
      .click();
    const refusal = page.getByRole('alert').filter({ hasText: '422' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/authority/);
    await page.screenshot({
      path: join(SCREENSHOTS, 'console-exception-beyond-authority.png'),
      fullPage: true,
    });

    await field('escalate-exception', 'Why it is beyond you').fill('customer asks ¥1,200');
    await page.getByRole('button', { name: 'Escalate' }).click();
    await page.locator('[data-step="escalated"]').waitFor();

    // the branch manager now holds it, and may pay ¥1,200
    await signIn('branch-manager');
    await page.goto(`${consoleUrl}desk/exceptions`);
    await page.locator(`[data-open="${exceptionId}"]`).click();
    await page.locator(`[data-exception="${exceptionId}"]`).waitFor();
    await field('close-exception', 'Resolution').fill('two drums paid');
    await field('close-exception', 'Compensation paid').fill('1200');
    await page
      .locator('form[data-form="close-exception"]')
      .getByRole('button', { name: 'Close' })
      .click();
    await page.locator('[data-exception-state="closed"]').waitFor();
    await page.screenshot({
      path: join(SCREENSHOTS, 'console-exception-closed.png'),
      fullPage: true,
    });

    const closed = await api(agent, 'GET', `exceptions/${exceptionId}`);
    expect(closed.body).toMatchObject({
      state: 'closed',
      compensation: { amountMinor: 120000, currency: 'CNY' },
      closedBy: { username: 'branch-manager' },
    });
    copyFileSync(
      join(SCREENSHOTS, 'console-exception-beyond-authority.png'),
      join(DOCS_SCREENSHOTS, 'console-exception-beyond-authority.png'),
    );
  }, 360_000);
});
