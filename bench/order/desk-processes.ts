import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { progress } from '../lib';
import { repoRoot } from '../lib/repo-root';

// The order service and the gateway as deployed (dist/…/main.js), each its own Node process on
// a free port, their logs in the temp folder: the load generator never shares their event loop.

export interface Running {
  name: string;
  url: string;
  child: ChildProcess;
  log: string;
}

const port = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as net.AddressInfo;
      server.close(() => resolve(free));
    });
  });

async function launch(
  name: string,
  service: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<Running> {
  const at = await port();
  const log = path.join(os.tmpdir(), `bench-order-${name}-${process.pid}.log`);
  const fd = fs.openSync(log, 'w');
  const main = path.join(repoRoot(), 'dist', 'services', service, 'src', 'main.js');
  const child = spawn(process.execPath, [...nodeFlags, main], {
    env: { ...process.env, ...env, PORT: String(at), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', fd, fd],
  });
  fs.closeSync(fd);
  const url = `http://127.0.0.1:${at}`;
  for (const until = Date.now() + 120_000; ;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}); log: ${log}`);
    if (
      await fetch(`${url}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > until) throw new Error(`${name} not ready in 120 s; log: ${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  progress(`${name} ready on ${url} (pid ${child.pid})`);
  return { name, url, child, log };
}

export async function stop(running: Running | undefined): Promise<void> {
  if (!running || running.child.exitCode !== null) return;
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (running.child.exitCode === null) running.child.kill('SIGKILL');
}

export interface Desk {
  order: Running;
  gateway: Running;
  orderDatabase: string;
  gatewayDatabase: string;
  password: string;
}

/**
 * The order service behind the gateway, on their own databases and Kafka namespace;
 * `profileDir`: CPU profiles of both, written when they stop (--profile DIR).
 */
export async function startDesk(
  infrastructure: { databaseUrl: string; kafkaBrokers: string[] },
  profileDir?: string,
): Promise<Desk> {
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const common = {
    DATABASE_URL: infrastructure.databaseUrl,
    KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
    KAFKA_NAMESPACE: `bench-order-${suffix.replace('_', '-')}`,
  };
  const password = `bench-${randomBytes(8).toString('hex')}`;
  const orderDatabase = `bench_order_${suffix}`;
  const gatewayDatabase = `bench_order_gw_${suffix}`;
  const order = await launch('order', 'order', { ...common, DATABASE_NAME: orderDatabase }, flags);
  const gateway = await launch(
    'gateway',
    'gateway',
    {
      ...common,
      DATABASE_NAME: gatewayDatabase,
      ORDER_URL: order.url,
      DEMO_DATA: 'true',
      DEMO_PASSWORD: password,
      JWT_SECRET: `bench-${randomBytes(24).toString('hex')}`,
      RATE_LIMIT_PER_IP: '1000000000',
      RATE_LIMIT_PER_USER: '1000000000',
    },
    flags,
  );
  return { order, gateway, orderDatabase, gatewayDatabase, password };
}

/** A signed-in demo user's bearer header (demo users are seeded as the gateway starts). */
export async function bearer(desk: Desk, username: string): Promise<Record<string, string>> {
  for (let tries = 0; tries < 60; tries++) {
    const response = await fetch(`${desk.gateway.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: desk.password }),
    });
    if (response.ok)
      return {
        authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}`,
      };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`could not sign in as ${username}; log: ${desk.gateway.log}`);
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(running: Running): number {
  try {
    const fields = fs
      .readFileSync(`/proc/${running.child.pid}/stat`, 'utf8')
      .split(') ')[1]
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
