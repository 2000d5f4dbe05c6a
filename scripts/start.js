#!/usr/bin/env node
// `npm start`: the whole platform on this machine, in the foreground.
// Installs when needed, builds, brings up Kafka and Postgres (deploy/local), starts the seven
// services with demo data and a mail catcher (maildev), waits until every one is ready, and
// prints where to look.
// Ctrl-C or SIGTERM stops everything it started — and nothing it did not.
// Only Node built-ins are used before the install step.
const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { SERVICES, servicePorts } = require('./services');

const root = path.resolve(__dirname, '..');
const profile = process.env.FREIGHT_INFRA_PROFILE || 'dev';
const portBase = Number(process.env.FREIGHT_PORT_BASE || 8080);
const readyTimeoutMs = Number(process.env.FREIGHT_READY_TIMEOUT_MS || 180_000);
const logDir = path.join(root, '.local', profile, 'logs');

// maildev catches every mail the platform sends (statements, surveys, shipment notices)
const mailSmtpPort = Number(process.env.FREIGHT_MAIL_SMTP_PORT || 1025);
const mailWebPort = Number(process.env.FREIGHT_MAIL_WEB_PORT || 1080);
const gatewayUrl = `http://127.0.0.1:${portBase}`;

const demoPasswordFile = path.join(root, '.local', profile, 'demo-password');

/**
 * Two checkouts (or worktrees) often share one Postgres server (127.0.0.1:5432): with the same
 * database names, one's npm start would reseed — and re-password — the other's demo users. Each
 * checkout's databases carry a short id of its path: freight_<checkout>_<service> (and the
 * profile's name for profiles other than dev).
 */
const checkoutId = crypto.createHash('sha256').update(root).digest('hex').slice(0, 6);
const databaseNameOf = (service) =>
  profile === 'dev'
    ? `freight_${checkoutId}_${service}`
    : `freight_${profile}_${checkoutId}_${service}`;

/**
 * The demo users' password: DEMO_PASSWORD, or else one generated at the first start and kept
 * in .local, so that every later start announces (and the gateway keeps) the same one.
 */
function demoPasswordOf() {
  if (process.env.DEMO_PASSWORD) return process.env.DEMO_PASSWORD;
  const kept = fs.existsSync(demoPasswordFile)
    ? fs.readFileSync(demoPasswordFile, 'utf8').trim()
    : '';
  if (kept) return kept;
  const generated = crypto.randomBytes(9).toString('base64url');
  fs.mkdirSync(path.dirname(demoPasswordFile), { recursive: true });
  fs.writeFileSync(demoPasswordFile, `${generated}\n`, { mode: 0o600 });
  return generated;
}

function say(line) {
  process.stdout.write(`[start] ${line}\n`);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`[start] Node >= 20.19 is required (this is ${process.versions.node}).`);
    process.exit(1);
  }
}

/**
 * Labels, statements, reports and charts carry Chinese text: the documents library looks for a
 * CJK font (libs/documents/src/cjk-font.ts, compiled); when there is none, install Debian's
 * fonts-wqy-microhei if we may, else say how.
 */
function ensureCjkFont() {
  const documents = require(path.join(root, 'dist/libs/documents/src/cjk-font'));
  try {
    documents.cjkFont();
    return;
  } catch (error) {
    if (!(error instanceof documents.CjkFontMissing)) throw error;
  }
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' });
  if (process.getuid?.() === 0 && apt.status === 0) {
    say('installing a font for Chinese text in documents (fonts-wqy-microhei) …');
    spawnSync(
      'sh',
      [
        '-c',
        'apt-get install -y -qq fonts-wqy-microhei || (apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei)',
      ],
      { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
    );
    return;
  }
  say(
    `no CJK font: labels and PDFs will fail until \`${documents.CJK_FONT_INSTALL}\` (or CJK_FONT_PATH)`,
  );
}

function installIfNeeded() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  say('installing dependencies (npm ci) …');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function startService(name, port, infra, demoPassword) {
  const log = fs.openSync(path.join(logDir, `${name}.log`), 'a');
  const child = spawn(process.execPath, [path.join(root, 'dist/services', name, 'src/main.js')], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      ...servicePorts(portBase).env,
      PORT: String(port),
      HOST: process.env.HOST || '127.0.0.1',
      DATABASE_URL: infra.databaseUrl,
      DATABASE_NAME: databaseNameOf(name),
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      DEMO_DATA: 'true',
      DEMO_PASSWORD: demoPassword,
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      // mail goes to the catcher; customers' links point at this gateway (unless set otherwise)
      SMTP_URL: process.env.SMTP_URL || `smtp://127.0.0.1:${mailSmtpPort}`,
      STATEMENT_LINK_BASE:
        process.env.STATEMENT_LINK_BASE || `${gatewayUrl}/api/v1/public/statements`,
      PUBLIC_LINK_BASE: process.env.PUBLIC_LINK_BASE || `${gatewayUrl}/api/v1/public`,
    },
  });
  fs.closeSync(log);
  return child;
}

/** Is something listening on this local port already (another checkout's mail catcher)? */
function portTaken(port) {
  const net = require('node:net');
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => socket.destroy() || resolve(true));
    socket.once('error', () => resolve(false));
  });
}

/** maildev on 127.0.0.1, unless SMTP_URL points elsewhere or a catcher already listens. */
async function startMailCatcher() {
  if (process.env.SMTP_URL) return { child: null, note: `mail goes to ${process.env.SMTP_URL}` };
  if (await portTaken(mailSmtpPort)) {
    return { child: null, note: `port ${mailSmtpPort} already answers: mail goes there` };
  }
  const bin = path.join(root, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js');
  const log = fs.openSync(path.join(logDir, 'maildev.log'), 'a');
  const child = spawn(
    process.execPath,
    [
      bin,
      '--ip',
      '127.0.0.1',
      '--web-ip',
      '127.0.0.1',
      '--smtp',
      String(mailSmtpPort),
      '--web',
      String(mailWebPort),
    ],
    { cwd: root, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  return { child, note: `http://127.0.0.1:${mailWebPort} (SMTP 127.0.0.1:${mailSmtpPort})` };
}

async function isReady(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.status === 200;
  } catch {
    return false; // not listening yet: keep polling
  }
}

async function waitUntilReady(services, children) {
  const deadline = Date.now() + readyTimeoutMs;
  const pending = new Set(services.map((s) => s.name));
  while (pending.size > 0) {
    for (const { name, port } of services) {
      if (children.get(name).exitCode !== null)
        throw new Error(`${name} exited during start-up; see ${logDir}/${name}.log`);
      if (pending.has(name) && (await isReady(`http://127.0.0.1:${port}/health/ready`))) {
        pending.delete(name);
        say(`${name.padEnd(9)} ready on http://127.0.0.1:${port} (pid ${children.get(name).pid})`);
      }
    }
    if (Date.now() > deadline)
      throw new Error(`not ready after ${readyTimeoutMs} ms: ${[...pending].join(', ')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 12_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function main() {
  checkNode();
  installIfNeeded();
  const { build, buildConsole } = require('./build');
  const infraCli = require('../deploy/local/cli');

  say('building …');
  await build();
  ensureCjkFont();
  say('building the console …');
  buildConsole();
  say(
    `bringing up Kafka and Postgres (profile ${profile}, unless KAFKA_BROKERS and DATABASE_URL are given) …`,
  );
  const { KAFKA_BROKERS, DATABASE_URL } = process.env;
  const infra =
    KAFKA_BROKERS && DATABASE_URL // given: use them, start nothing
      ? { kafkaBrokers: KAFKA_BROKERS.split(','), databaseUrl: DATABASE_URL, stop: async () => {} }
      : await infraCli.up(profile);
  fs.mkdirSync(logDir, { recursive: true });

  const demoPassword = demoPasswordOf();
  const mail = await startMailCatcher();
  const services = SERVICES.map((name) => ({ name, port: servicePorts(portBase).ports[name] }));
  const children = new Map(
    services.map((s) => [s.name, startService(s.name, s.port, infra, demoPassword)]),
  );

  let stopping = false;
  const restarts = new Map(); // name → pending restart timer
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    for (const timer of restarts.values()) clearTimeout(timer);
    say('stopping services …');
    await Promise.all([...children.values(), ...(mail.child ? [mail.child] : [])].map(stopChild));
    await infra.stop(); // stops only what this run started, and only if nobody else uses it
    say('stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  // Once the platform is up, a service that dies is started again, after 1 s, doubling up to
  // 30 s while it keeps dying within a minute of its start; never while stopping. A service that
  // dies during the first start-up is a configuration problem: that ends npm start instead.
  let platformUp = false;
  const backoff = new Map(services.map((s) => [s.name, { delayMs: 1000, startedAt: Date.now() }]));
  const supervise = (name, child) => {
    child.on('exit', (code, signal) => {
      if (stopping) return;
      if (!platformUp) return say(`${name} exited (${signal ?? code}); see ${logDir}/${name}.log`);
      const state = backoff.get(name);
      if (Date.now() - state.startedAt > 60_000) state.delayMs = 1000;
      const delayMs = state.delayMs;
      state.delayMs = Math.min(delayMs * 2, 30_000);
      say(
        `${name} exited (${signal ?? code}); restarting in ${delayMs / 1000} s; see ${logDir}/${name}.log`,
      );
      restarts.set(
        name,
        setTimeout(() => void restart(name), delayMs),
      );
    });
  };
  const restart = async (name) => {
    restarts.delete(name);
    if (stopping) return;
    const { port } = services.find((s) => s.name === name);
    const child = startService(name, port, infra, demoPassword);
    children.set(name, child);
    backoff.get(name).startedAt = Date.now();
    supervise(name, child);
    const deadline = Date.now() + readyTimeoutMs;
    while (!stopping && child.exitCode === null && Date.now() < deadline) {
      if (await isReady(`http://127.0.0.1:${port}/health/ready`)) {
        return say(`${name.padEnd(9)} ready again on http://127.0.0.1:${port} (pid ${child.pid})`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  for (const [name, child] of children) supervise(name, child);

  try {
    await waitUntilReady(services, children);
    platformUp = true;
  } catch (error) {
    say(error.message);
    return stopAll(1);
  }
  const gateway = gatewayUrl;
  say('');
  say(`The platform is up.`);
  say(`  Gateway   ${gateway}`);
  say(`  API docs  ${gateway}/api/docs`);
  say(`  Console   ${gateway}/console/ (sign in as a demo user)`);
  say(
    `  Demo users: one per role (agent, branch-manager, hq-service, …), password ${
      process.env.DEMO_PASSWORD
        ? 'from DEMO_PASSWORD'
        : `${demoPassword} (kept in ${path.relative(root, demoPasswordFile)})`
    }`,
  );
  say(`  Mail      ${mail.note}`);
  say(`  Logs      ${logDir}/<service>.log`);
  say(
    `  Databases ${databaseNameOf('<service>')} on ${infra.databaseUrl.replace(/:[^:@/]*@/, ':***@')} (this checkout's own)`,
  );
  say('Press Ctrl-C to stop everything.');
}

main().catch((error) => {
  console.error('[start] failed:', error);
  process.exit(1);
});
