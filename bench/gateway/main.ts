// npm run bench -- gateway [--quick] [--seconds N] [--connections N] [--no-record]
//
// An authenticated, role-checked, validated GET through the real gateway (its own process, as
// deployed) against Fastify's hello world (also its own process), all under autocannon from
// this process: the load generator never shares an event loop with the server it measures. The
// same hello world through Nest with nothing else (nest-hello.ts) shows the framework's floor.
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, escapeIdentifier } from 'pg';
import {
  emitResult,
  intFlag,
  parseBenchArgs,
  progress,
  recordRow,
  withInfrastructure,
} from '../lib';
import { repoRoot } from '../lib/repo-root';

const BENCH = 'gateway';
const DEFAULT_ROUTE = '/api/v1/audit?limit=20';
const INTRO =
  'An authenticated GET through the gateway — `GET /api/v1/audit?limit=20` as the demo `admin`: ' +
  'bearer token verified, per-user rate limit, role check (`@Allow`), zod query validation, one ' +
  'keyset-paged query on its own database — against a raw Fastify hello world; each server in ' +
  'its own Node process, autocannon in the benchmark process, 100 connections, after a 2 s ' +
  'warm-up; the Nest columns are the same hello world through Nest with nothing else, the ' +
  "framework's floor. The gateway runs as deployed (`dist/services/gateway/src/main.js`, " +
  'LOG_LEVEL=info, one request log line each) except RATE_LIMIT_PER_IP and RATE_LIMIT_PER_USER ' +
  'set to 10⁹, so the limiter counts but never throttles.';

/** The slice of autocannon 9's API used here (it ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Server {
  url: string;
  child: ChildProcess;
  logFile: string;
}

async function startProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  readyPath: string,
  nodeFlags: string[] = [],
): Promise<Server> {
  const port = await freePort();
  const logFile = path.join(os.tmpdir(), `bench-${name}-${process.pid}.log`);
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeFlags, script], {
    cwd: repoRoot(),
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode}; log: ${logFile}`);
    const ok = await fetch(`${url}${readyPath}`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`${name} not ready after 90 s; log: ${logFile}`);
    await sleep(250);
  }
  progress(`${name} ready on ${url} (pid ${child.pid})`);
  return { url, child, logFile };
}

async function stopProcess(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

/** CPU seconds (user, system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): { user: number; system: number } | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
  } catch {
    return undefined;
  }
}

async function load(
  label: string,
  server: Server,
  route: string,
  seconds: number,
  connections: number,
  headers?: Record<string, string>,
) {
  const url = `${server.url}${route}`;
  await autocannon({ url, connections, duration: 2, headers }); // warm-up, discarded
  const before = cpuSeconds(server.child.pid!);
  const result = await autocannon({ url, connections, duration: seconds, headers });
  const after = cpuSeconds(server.child.pid!);
  if (before && after) {
    const perRequest = (s: number) => ((s * 1e6) / result.requests.total).toFixed(0);
    progress(
      `${label}: server CPU per request ${perRequest(after.user - before.user)} µs user + ` +
        `${perRequest(after.system - before.system)} µs system`,
    );
  }
  const figures = {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    bad: result.non2xx + result.errors + result.timeouts,
  };
  progress(
    `${label}: ${figures.rps.toLocaleString('en-US')} req/s, p50 ${figures.p50} ms, p99 ` +
      `${figures.p99} ms, ${figures.total.toLocaleString('en-US')} requests, ${figures.bad} non-2xx/errors`,
  );
  if (figures.bad > 0) throw new Error(`${label}: ${figures.bad} requests failed or were not 2xx`);
  return figures;
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const seconds = intFlag(args, 'seconds', args.quick ? 5 : 15);
  const connections = intFlag(args, 'connections', 100);
  const loadAverage = os.loadavg()[0].toFixed(2);
  progress(
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const dist = path.join(repoRoot(), 'dist');
  const profileDir = args.values.get('profile');
  const route = args.values.get('route') ?? DEFAULT_ROUTE;

  const outcome = await withInfrastructure(async (infrastructure) => {
    const databaseName = `bench_gateway_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const password = `bench-${randomBytes(8).toString('hex')}`;
    let gateway: Server | undefined;
    let hello: Server | undefined;
    try {
      gateway = await startProcess(
        'gateway',
        path.join(dist, 'services', 'gateway', 'src', 'main.js'),
        {
          DATABASE_URL: infrastructure.databaseUrl,
          DATABASE_NAME: databaseName,
          KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
          DEMO_DATA: 'true',
          DEMO_PASSWORD: password,
          JWT_SECRET: `bench-${randomBytes(24).toString('hex')}`,
          RATE_LIMIT_PER_IP: '1000000000',
          RATE_LIMIT_PER_USER: '1000000000',
          LOG_LEVEL: 'info',
        },
        '/health/live',
        // --profile DIR: a CPU profile of the gateway process, written when it stops.
        profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      );
      const signIn = async () => {
        const response = await fetch(`${gateway!.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password }),
        });
        return response.ok ? ((await response.json()) as { accessToken: string }) : undefined;
      };
      let session = await signIn();
      for (let tries = 0; !session && tries < 60; tries++) {
        await sleep(500); // demo users are seeded at start-up
        session = await signIn();
      }
      if (!session) throw new Error(`could not sign in as admin; log: ${gateway.logFile}`);
      const headers = { authorization: `Bearer ${session.accessToken}` };
      const check = await fetch(`${gateway.url}${route}`, { headers });
      if (!check.ok) throw new Error(`GET ${route}: ${check.status} ${await check.text()}`);
      progress(`signed in as admin; GET ${route} answers ${check.status}`);

      const viaGateway = await load('gateway', gateway, route, seconds, connections, headers);
      await stopProcess(gateway);
      gateway = undefined;

      // The framework's floor: the hello world again, through Nest with nothing else.
      hello = await startProcess(
        'nest-hello',
        path.join(dist, 'bench', 'gateway', 'nest-hello.js'),
        {},
        '/',
      );
      const nest = await load('Nest hello world', hello, '/', seconds, connections);
      await stopProcess(hello);

      hello = await startProcess(
        'hello-world',
        path.join(dist, 'bench', 'gateway', 'hello-world.js'),
        {},
        '/',
      );
      const raw = await load('raw Fastify hello world', hello, '/', seconds, connections);
      return { viaGateway, nest, raw, source: infrastructure.source };
    } finally {
      await stopProcess(gateway);
      await stopProcess(hello);
      const client = new Client({ connectionString: infrastructure.databaseUrl });
      await client.connect();
      await client
        .query(`DROP DATABASE IF EXISTS ${escapeIdentifier(databaseName)} WITH (FORCE)`)
        .catch((err: Error) => progress(`drop database: ${err.message}`));
      await client.end();
    }
  });

  const { viaGateway, nest, raw, source } = outcome;
  const ratio = Math.round((viaGateway.rps / raw.rps) * 100) / 100;
  const nestRatio = Math.round((nest.rps / raw.rps) * 100) / 100;
  process.stderr.write(
    `${BENCH}: GET ${route} ${viaGateway.rps.toLocaleString('en-US')} req/s, p99 ${viaGateway.p99} ms; ` +
      `raw Fastify ${raw.rps.toLocaleString('en-US')} req/s, p99 ${raw.p99} ms; ratio ${ratio} ` +
      `(Nest hello world ${nest.rps.toLocaleString('en-US')} req/s: ${nestRatio}) ` +
      `(targets ≥ 0.6: ${ratio >= 0.6 ? 'met' : 'MISSED'}, p99 < 50 ms: ${viaGateway.p99 < 50 ? 'met' : 'MISSED'}) · ` +
      `${connections} connections × ${seconds} s · load average ${loadAverage} (${source})\n`,
  );
  if (args.record) {
    const file = await recordRow(
      BENCH,
      {
        route: `GET ${route}`,
        'gateway req/s': viaGateway.rps,
        'p50 ms': viaGateway.p50,
        'p99 ms': viaGateway.p99,
        'raw req/s': raw.rps,
        'raw p99 ms': raw.p99,
        ratio,
        'Nest req/s': nest.rps,
        'Nest ratio': nestRatio,
        'load avg': loadAverage,
        infrastructure: source,
      },
      INTRO,
    );
    progress(`recorded in ${file}`);
  }
  emitResult(BENCH, { rps: viaGateway.rps, raw_rps: raw.rps, ratio, p99_ms: viaGateway.p99 });
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${BENCH} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
