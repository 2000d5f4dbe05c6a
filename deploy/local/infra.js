// Local infrastructure profiles: `dev` for `npm start` (data kept between runs) and `test` for
// integration tests and benchmarks (other ports, so both can run at once; fresh data every start).
//
// Several processes may use one profile at once (two test runs, a benchmark, `npm run infra up`).
// Each process that calls up() without keepRunning holds a lease; its stop() releases the lease,
// and the last one out stops the servers this tooling started, unless `npm run infra up` asked to
// keep them running. Servers found running elsewhere (env, port 5432, a foreign broker) are never stopped.
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { ensureKafka, stopKafka, probeMetadata } = require('./kafka');
const { withLock } = require('./lock');
const { ensurePostgres, stopPostgres, probePostgres, SHARED_SERVER_URL } = require('./postgres');
const { readPidFile, isAlive } = require('./processes');

const repoRoot = path.resolve(__dirname, '..', '..');

/** @typedef {import('./infra').Profile} Profile @typedef {import('./infra').InfraInfo} InfraInfo */

/** @type {Record<string, Profile>} */
const PROFILES = {
  dev: {
    name: 'dev',
    kafkaPort: 9092,
    controllerPort: 9093,
    postgresPort: 54329,
    stateDir: path.join(repoRoot, '.local', 'dev'),
    ephemeral: false,
  },
  test: {
    name: 'test',
    kafkaPort: 19092,
    controllerPort: 19093,
    postgresPort: 54339,
    stateDir: path.join(repoRoot, '.local', 'test'),
    ephemeral: true,
  },
};

/** @param {string | Profile} name a profile's name, or a profile (tests use their own ports) */
function profile(name) {
  if (typeof name !== 'string') return name;
  const found = PROFILES[name];
  if (!found)
    throw new Error(`unknown profile "${name}" (known: ${Object.keys(PROFILES).join(', ')})`);
  return found;
}

/** @param {Profile} p */
function paths(p) {
  return {
    info: path.join(p.stateDir, 'infra.json'),
    lock: path.join(p.stateDir, 'infra.lock'),
    leases: path.join(p.stateDir, 'leases'),
  };
}

/** @param {Profile} p @returns {InfraInfo | undefined} */
function readInfo(p) {
  const file = paths(p).info;
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

/** @param {Profile} p @param {InfraInfo} info */
function writeInfo(p, info) {
  fs.writeFileSync(paths(p).info, `${JSON.stringify(info, null, 2)}\n`);
}

/** @param {Profile} p @returns {string} the lease file */
function takeLease(p) {
  const dir = paths(p).leases;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  fs.writeFileSync(file, `${process.pid}\n`);
  return file;
}

/** Leases of processes still running; those of processes that died are removed. @param {Profile} p */
function liveLeases(p) {
  const dir = paths(p).leases;
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((file) => {
      const pid = readPidFile(file);
      if (pid !== undefined && isAlive(pid)) return true;
      fs.rmSync(file, { force: true });
      return false;
    });
}

/** Stops what `info` says this tooling runs. @param {Profile} p @param {InfraInfo} info @param {(line: string) => void} log */
async function stopRecorded(p, info, log) {
  await Promise.all([
    info.started.kafka
      ? stopKafka({ stateDir: p.stateDir, ephemeral: p.ephemeral, log })
      : undefined,
    info.started.postgres
      ? stopPostgres({ stateDir: p.stateDir, ephemeral: p.ephemeral, log })
      : undefined,
  ]);
}

const defaultLog = (/** @type {string} */ line) => process.stderr.write(`[infra] ${line}\n`);

/** Long enough for a first start that resolves the Kafka jars with Maven. */
const LOCK_TIMEOUT_MS = 12 * 60_000;

/**
 * Starts what is missing (Kafka and Postgres concurrently) and records the result in
 * `<stateDir>/infra.json`, whose `started` says what `down` stops.
 * @param {string | Profile} [name]
 * @param {{ log?: (line: string) => void, keepRunning?: boolean }} [options]
 */
async function up(name = 'dev', { log = defaultLog, keepRunning = false } = {}) {
  const p = profile(name);
  fs.mkdirSync(p.stateDir, { recursive: true });
  const tagged = (/** @type {string} */ tag) => (/** @type {string} */ line) =>
    log(`${tag} ${line}`);

  return withLock(
    paths(p).lock,
    async () => {
      const [kafka, postgres] = await Promise.allSettled([
        ensureKafka({
          port: p.kafkaPort,
          controllerPort: p.controllerPort,
          stateDir: p.stateDir,
          ephemeral: p.ephemeral,
          log: tagged('kafka:'),
        }),
        ensurePostgres({
          port: p.postgresPort,
          stateDir: p.stateDir,
          ephemeral: p.ephemeral,
          log: tagged('postgres:'),
        }),
      ]);
      if (kafka.status === 'rejected' || postgres.status === 'rejected') {
        // Leave nothing half-started behind.
        await Promise.all(
          [kafka, postgres].map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)),
        );
        const reasons = [kafka, postgres].flatMap((r) =>
          r.status === 'rejected' ? [String(r.reason?.stack ?? r.reason)] : [],
        );
        throw new Error(`local infrastructure (${p.name}) did not start:\n${reasons.join('\n')}`);
      }
      const k = kafka.value;
      const pg = postgres.value;
      const previous = readInfo(p);
      const startedNow = { kafka: k.startedByUs, postgres: pg.startedByUs };
      // `infra up` while processes that brought the servers up still use them (npm start, a test
      // run) — e.g. to restart a broker that crashed — repairs, it does not take them over:
      // what npm start brought up, npm start stops. Unless an earlier `infra up` kept them.
      const users = liveLeases(p).length;
      const repairOnly = keepRunning && users > 0 && previous?.keepRunning !== true;
      if (repairOnly)
        log(
          `${users} running process(es) brought these servers up and will stop them when they end; ` +
            'run `npm run infra -- up` again after that to keep them running',
        );
      /** @type {InfraInfo} */
      const info = {
        profile: p.name,
        kafkaBrokers: k.brokers,
        databaseUrl: pg.url,
        started: { kafka: k.pid !== undefined, postgres: pg.pid !== undefined },
        // An earlier `infra up` still holds unless its servers had died and were started anew here.
        keepRunning:
          (keepRunning && !repairOnly) ||
          (previous?.keepRunning === true && !startedNow.kafka && !startedNow.postgres),
      };
      const lease = keepRunning ? undefined : takeLease(p);
      writeInfo(p, info);
      return { ...info, startedNow, stop: () => release(p, lease, log) };
    },
    { log, timeoutMs: LOCK_TIMEOUT_MS },
  );
}

/**
 * Gives up a lease; the last process out stops the servers this tooling started, unless they are
 * to keep running.
 * @param {Profile} p @param {string | undefined} lease @param {(line: string) => void} log
 */
async function release(p, lease, log) {
  await withLock(
    paths(p).lock,
    async () => {
      if (lease) fs.rmSync(lease, { force: true });
      const info = readInfo(p);
      if (!info || info.keepRunning) return;
      const others = liveLeases(p).length;
      if (others > 0) {
        if (info.started.kafka || info.started.postgres)
          log(`leaving the servers running for ${others} other process(es) using them`);
        return;
      }
      await stopRecorded(p, info, log);
      fs.rmSync(paths(p).info, { force: true });
    },
    { log, timeoutMs: LOCK_TIMEOUT_MS },
  );
}

/**
 * Stops what `<stateDir>/infra.json` says this tooling started, from any process, whoever still
 * uses it.
 * @param {string | Profile} [name] @param {{ log?: (line: string) => void }} [options]
 */
async function down(name = 'dev', { log = defaultLog } = {}) {
  const p = profile(name);
  if (!fs.existsSync(p.stateDir)) {
    log(`no ${p.stateDir}: nothing to stop`);
    return;
  }
  await withLock(
    paths(p).lock,
    async () => {
      const info = readInfo(p);
      if (!info) {
        log(`nothing recorded in ${paths(p).info}: nothing to stop`);
        return;
      }
      await stopRecorded(p, info, log);
      fs.rmSync(paths(p).info, { force: true });
      fs.rmSync(paths(p).leases, { recursive: true, force: true });
    },
    { log, timeoutMs: LOCK_TIMEOUT_MS },
  );
}

/**
 * What answers now for a profile: its Kafka port, the recorded database URL (else the profile's
 * embedded port and the server on 5432), and how many processes hold leases.
 * @param {string} [name]
 */
async function status(name = 'dev') {
  const p = profile(name);
  const info = readInfo(p);
  const brokers = info?.kafkaBrokers ?? [`127.0.0.1:${p.kafkaPort}`];
  const candidates = info
    ? [info.databaseUrl]
    : [`postgres://postgres:postgres@127.0.0.1:${p.postgresPort}/postgres`, SHARED_SERVER_URL];
  const kafkaError = await probeMetadata(brokers);
  const postgres = await Promise.all(
    candidates.map(async (url) => {
      const error = await probePostgres(url);
      return {
        url: url.replace(/:[^:@/]*@/, ':***@'),
        answers: !error,
        ...(error ? { error: error.message } : {}),
      };
    }),
  );
  return {
    profile: name,
    recorded: info ?? null,
    leases: liveLeases(p).length,
    kafka: { brokers, answers: !kafkaError, ...(kafkaError ? { error: kafkaError.message } : {}) },
    postgres,
  };
}

module.exports = { up, down, status, profile, PROFILES };
