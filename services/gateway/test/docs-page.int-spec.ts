import { launchChromium, TestBrowser } from '@freight/testing';
import type { Locator, Page } from 'playwright-core';
import { OPENAPI_PATHS } from '../src/openapi/openapi.setup';
import { bootGateway, closeGateways, DEMO_PASSWORD, Gateway, signIn } from './gateway.fixture';

// The API docs page in a real browser: Debian's chromium driven by playwright-core (nothing is
// downloaded). Without the browser this suite fails, naming the command that installs it
// (launchChromium, libs/testing).

afterAll(closeGateways);

describe('the API docs page in a browser', () => {
  let gateway: Gateway;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    gateway = await bootGateway();
    browser = await launchChromium({ profilePrefix: 'freight-docs-page-' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    await page.goto(`${gateway.url}${OPENAPI_PATHS.ui}`);
    // runs in the page: its localStorage (not a Node global)
    await page.evaluate('localStorage.clear()');
    await openDocs(page);
  });

  afterEach(() => page.close());

  async function openDocs(on: Page) {
    await on.reload();
    await on.locator('.auth-wrapper button.authorize').waitFor();
  }

  const operation = (id: string) => page.locator(`#operations-auth-AuthController_${id}`);
  const authorizeButton = () => page.locator('.auth-wrapper button.authorize');

  /** Expands an operation, presses Try it out, sends `body`, and answers the status shown. */
  async function tryOut(block: Locator, body?: unknown): Promise<number> {
    if (!(await block.locator('.opblock-body').isVisible()))
      await block.locator('.opblock-summary').first().click();
    const tryItOut = block.locator('button.try-out__btn');
    if ((await tryItOut.textContent())?.includes('Try it out')) await tryItOut.click();
    if (body !== undefined)
      await block.locator('textarea.body-param__text').fill(JSON.stringify(body));
    await block.locator('button.execute').click();
    const status = block.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor();
    return Number((await status.textContent())?.trim());
  }

  it('a sign-in tried out on the page authorizes it, and the sign-in survives a reload', async () => {
    expect(await authorizeButton().getAttribute('class')).toContain('unlocked');
    expect(await tryOut(operation('login'), { username: 'agent', password: DEMO_PASSWORD })).toBe(
      200,
    );
    expect(await authorizeButton().getAttribute('class')).toContain('locked');

    await openDocs(page);
    expect(await authorizeButton().getAttribute('class')).not.toContain('unlocked');
    expect(await tryOut(operation('me'))).toBe(200);
    const me = await operation('me')
      .locator('.live-responses-table .response .highlight-code')
      .first()
      .textContent();
    expect(me).toContain('"username": "agent"');
  });

  it('a logout tried out on the page forgets a token saved from the Authorize dialog, also after a reload', async () => {
    const session = await signIn(gateway, 'finance');
    await authorizeButton().click();
    await page.locator('.modal-ux input[type="text"]').fill(session.accessToken);
    await page.locator('.modal-ux .auth-btn-wrapper button.authorize').click();
    await page.locator('.modal-ux button.close-modal').click();
    await openDocs(page);
    expect(await authorizeButton().getAttribute('class')).not.toContain('unlocked');

    expect(await tryOut(operation('logout'), { refreshToken: session.refreshToken })).toBe(204);
    expect(await authorizeButton().getAttribute('class')).toContain('unlocked');
    await openDocs(page);
    expect(await authorizeButton().getAttribute('class')).toContain('unlocked');
  });

  it('renders examples a reader can trust: a positive lifetime, and each error with its own status', async () => {
    const login = operation('login');
    await login.locator('.opblock-summary').first().click();
    const example = (code: number) =>
      login.locator(`tr.response[data-code="${code}"] .highlight-code`).first().textContent();
    expect(await example(200)).toContain('"expiresIn": 900');
    expect(await example(401)).toContain('"status": 401');
    expect(await example(429)).toContain('"status": 429');
    const me = operation('me');
    await me.locator('.opblock-summary').first().click();
    for (const code of [401, 403, 429])
      expect(
        await me.locator(`tr.response[data-code="${code}"] .highlight-code`).first().textContent(),
      ).toContain(`"status": ${code}`);
  });
});
