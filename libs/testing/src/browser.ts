import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions } from 'playwright-core';

/** Debian's chromium (`apt-get install -y chromium`; .ci/run installs it), or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, offline, no first-run or background traffic (playwright adds --headless). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  /** closes the browser and removes its profile */
  close(): Promise<void>;
}

/**
 * A real browser for a test: Debian's chromium driven by playwright-core (nothing downloaded),
 * with a fresh profile (user data dir) of its own. Without the browser it fails with one line
 * naming the command that installs it — a browser test never skips silently.
 */
export async function launchChromium(
  options: BrowserContextOptions & { profilePrefix?: string } = {},
): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `no chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (.ci/run does)`,
    );
  const { profilePrefix = 'freight-browser-', ...contextOptions } = options;
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      ...contextOptions,
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
