import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { waitFor } from '@freight/testing';
import { Client } from 'pg';

// The README's first command, as a newcomer runs it: `npm start` brings every service to ready,
// the gateway answers with its API docs, and SIGTERM leaves no process or port behind.
const root = path.resolve(__dirname, '..');
const portBase = 18080;
const mailSmtpPort = 18025;
const mailWebPort = 18079;

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

describe('npm start', () => {
  let start: ChildProcess;
  let output = '';
  const servicePids = new Map<string, { port: number; pid: number }>();

  beforeAll(async () => {
    start = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
      cwd: root,
      env: {
        ...process.env,
        FREIGHT_PORT_BASE: String(portBase),
        FREIGHT_INFRA_PROFILE: 'test',
        DEMO_PASSWORD: 'demo-e2e-password',
        SMTP_URL: '', // npm start's own mail catcher, on ports of this test
        FREIGHT_MAIL_SMTP_PORT: String(mailSmtpPort),
        FREIGHT_MAIL_WEB_PORT: String(mailWebPort),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    start.stdout!.on('data', (chunk) => (output += chunk));
    start.stderr!.on('data', (chunk) => (output += chunk));
    await waitFor(() => output.includes('The platform is up.') || start.exitCode !== null, {
      timeoutMs: 240_000,
      description: 'npm start reports the platform up',
    });
    for (const match of output.matchAll(
      /\[start\] (\w+)\s+ready on http:\/\/127\.0\.0\.1:(\d+) \(pid (\d+)\)/g,
    )) {
      servicePids.set(match[1], { port: Number(match[2]), pid: Number(match[3]) });
    }
  }, 300_000);

  afterAll(() => {
    if (start.exitCode === null) start.kill('SIGKILL');
  });

  it('brings every service to /health/ready = 200', async () => {
    expect(output).toContain('The platform is up.');
    expect([...servicePids.keys()].sort()).toEqual([
      'billing',
      'complaint',
      'gateway',
      'order',
      'planning',
      'scheduler',
      'tracking',
      'warehouse',
    ]);
    for (const { port } of servicePids.values()) {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(response.status).toBe(200);
    }
  });

  it('serves the API docs at the gateway and says where to look', async () => {
    expect(output).toContain(`http://127.0.0.1:${portBase}/api/docs`);
    const docs = await fetch(`http://127.0.0.1:${portBase}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toContain('text/html');
    const openapi = await fetch(`http://127.0.0.1:${portBase}/api/openapi.json`);
    expect(((await openapi.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    // the mail catcher every service sends through, and its page
    expect(output).toContain(`Mail      http://127.0.0.1:${mailWebPort}`);
    const page = await fetch(`http://127.0.0.1:${mailWebPort}/`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(200);
    expect(await portIsOpen(mailSmtpPort)).toBe(true);
  });

  it("keeps this checkout's databases apart from other checkouts' on the same server", async () => {
    const checkout = createHash('sha256').update(root).digest('hex').slice(0, 6);
    expect(output).toContain(`Databases freight_test_${checkout}_<service>`);
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname = $1', [
        `freight_test_${checkout}_gateway`,
      ]);
      expect(rows).toHaveLength(1);
    } finally {
      await client.end();
    }
  });

  it('starts a service again by itself after it was SIGKILLed, and says so', async () => {
    const { port, pid } = servicePids.get('order')!;
    process.kill(pid, 'SIGKILL');
    await waitFor(() => /\[start\] order exited \(SIGKILL\); restarting in 1 s/.test(output), {
      timeoutMs: 10_000,
      description: 'npm start announces the restart',
    });
    await waitFor(
      () => /\[start\] order\s+ready again on http:\/\/127\.0\.0\.1:\d+ \(pid (\d+)\)/.test(output),
      {
        timeoutMs: 60_000,
        description: 'the order service ready again',
      },
    );
    const [, again] = /order\s+ready again on http:\/\/127\.0\.0\.1:\d+ \(pid (\d+)\)/.exec(
      output,
    )!;
    expect(Number(again)).not.toBe(pid);
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    servicePids.set('order', { port, pid: Number(again) });
  });

  it('stops every service and frees every port on SIGTERM', async () => {
    start.kill('SIGTERM');
    await waitFor(() => start.exitCode !== null, {
      timeoutMs: 30_000,
      description: 'npm start exits',
    });
    expect(start.exitCode).toBe(0);
    for (const [name, { port, pid }] of servicePids) {
      expect({ name, alive: isAlive(pid) }).toEqual({ name, alive: false });
      expect({ name, open: await portIsOpen(port) }).toEqual({ name, open: false });
    }
    expect(await portIsOpen(mailSmtpPort)).toBe(false);
  });
});
