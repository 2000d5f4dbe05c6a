// A real single-node Apache Kafka (KRaft, broker and controller in one JVM) on 127.0.0.1, run
// from the Maven Central jars: no Docker. The broker runs detached and is remembered by a pidfile
// in the state folder, so `cli.js down` from another process can stop exactly that PID.
'use strict';

// kafkajs prints a partitioner warning on every producer; the platform knows its partitioner.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

const fs = require('node:fs');
const path = require('node:path');
const { execFile, spawn } = require('node:child_process');
const { Kafka, logLevel } = require('kafkajs');
const { resolveKafkaJars } = require('./kafka-jars');
const { withLock } = require('./lock');
const { readPidFile, isAlive, stopPid, portAnswers, tail, delay } = require('./processes');

const READY_TIMEOUT_MS = 90_000;
/** Part of the broker's command line; guards against adopting a reused PID. */
const MAIN_CLASS = 'kafka.Kafka';

/** @param {string} stateDir */
function files(stateDir) {
  return {
    pid: path.join(stateDir, 'kafka.pid'),
    lock: path.join(stateDir, 'kafka.lock'),
    log: path.join(stateDir, 'kafka.log'),
    props: path.join(stateDir, 'kafka-server.properties'),
    log4j: path.join(stateDir, 'kafka-log4j2.xml'),
    clusterId: path.join(stateDir, 'kafka-cluster-id'),
    data: path.join(stateDir, 'kafka-data'),
  };
}

const defaultLog = (/** @type {string} */ line) => process.stderr.write(`[kafka] ${line}\n`);

/**
 * One metadata request with no retries.
 * @param {string[]} brokers
 * @returns {Promise<Error | undefined>} undefined when the cluster answered, else why not
 */
async function probeMetadata(brokers) {
  const admin = new Kafka({
    clientId: 'freight-local-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return undefined;
  } catch (err) {
    return /** @type {Error} */ (err);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Polls metadata until the broker answers. Fails early when `pid` dies, and on timeout with the
 * tail of the broker's log, which is where the reason is.
 * @param {string[]} brokers @param {{ pid?: number, logFile?: string, timeoutMs?: number }} options
 */
async function awaitMetadata(brokers, { pid, logFile, timeoutMs = READY_TIMEOUT_MS }) {
  const deadline = Date.now() + timeoutMs;
  const logTail = () => (logFile ? `\n--- tail of ${logFile} ---\n${tail(logFile)}` : '');
  for (;;) {
    if (pid !== undefined && !isAlive(pid, MAIN_CLASS)) {
      throw new Error(`Kafka (PID ${pid}) exited before it answered on ${brokers}${logTail()}`);
    }
    const failure = await probeMetadata(brokers);
    if (!failure) return;
    if (Date.now() > deadline) {
      throw new Error(
        `Kafka on ${brokers} gave no metadata within ${timeoutMs / 1000} s (last error: ${failure.message})${logTail()}`,
      );
    }
    await delay(250);
  }
}

/**
 * A new broker answers "coordinator not available / loading" to the first group lookup (it creates
 * __consumer_offsets then) and to the first producer-id request (it fetches a block of ids from the
 * controller). Clients retry, but log errors meanwhile; one of each here takes that wait (about a
 * second) so that the first test or service does not.
 * @param {string[]} brokers @param {number} [timeoutMs]
 */
async function warmUp(brokers, timeoutMs = 30_000) {
  const kafka = new Kafka({
    clientId: 'freight-local-warmup',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 3 },
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const admin = kafka.admin();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    try {
      await admin.connect();
      await admin.describeGroups(['freight-local-warmup']);
      await producer.connect(); // an idempotent producer asks for its producer id on connect
      return;
    } catch (err) {
      if (Date.now() > deadline)
        throw new Error(
          `Kafka on ${brokers} answers metadata but not group or producer-id requests: ${/** @type {Error} */ (err).message}`,
        );
    } finally {
      await Promise.all([admin.disconnect(), producer.disconnect()]);
    }
    await delay(200);
  }
}

/** @param {{ port: number, controllerPort: number, dataDir: string }} p */
function serverProperties({ port, controllerPort, dataDir }) {
  return `# Written by deploy/local/kafka.js on every start; edit that file, not this one.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controllerPort}
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=${dataDir}

# One node: every internal topic has a single replica.
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1

# Fast and small for development and tests.
num.partitions=6
# Every topic is declared (libs/contracts topics.ts) and created by the services that use it:
# a misspelt topic fails loudly instead of quietly creating one nobody reads (issue 19, item 6).
auto.create.topics.enable=false
group.initial.rebalance.delay.ms=0
offsets.topic.num.partitions=10
transaction.state.log.num.partitions=6
log.segment.bytes=16777216
log.retention.hours=24
log.retention.check.interval.ms=60000
num.network.threads=2
num.io.threads=4
`;
}

const LOG4J2 = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by deploy/local/kafka.js. Start-up, group and error lines only: per-partition log
     lines and the full config dumps would bury them. stdout goes to kafka.log beside this file. -->
<Configuration status="WARN">
  <Appenders>
    <Console name="stdout" target="SYSTEM_OUT">
      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
    </Console>
  </Appenders>
  <Loggers>
    <Logger name="kafka.log" level="WARN"/>
    <Logger name="org.apache.kafka.common.config.AbstractConfig" level="WARN"/>
    <Logger name="org.apache.kafka.storage" level="WARN"/>
    <Logger name="state.change.logger" level="WARN"/>
    <Logger name="kafka.request.logger" level="WARN"/>
    <Root level="INFO"><AppenderRef ref="stdout"/></Root>
  </Loggers>
</Configuration>
`;

/** @param {string} libs @param {string} log4j @param {string[]} args */
function runStorageTool(libs, log4j, args) {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      [
        '-Xmx256m',
        `-Dlog4j2.configurationFile=${log4j}`,
        '-cp',
        path.join(libs, '*'),
        'kafka.tools.StorageTool',
        ...args,
      ],
      (err, stdout, stderr) => {
        if (err)
          reject(
            new Error(
              `kafka.tools.StorageTool ${args[0]} failed: ${err.message}\n${stdout}\n${stderr}`,
            ),
          );
        else resolve(stdout);
      },
    );
  });
}

/** Writes the configuration, formats storage when new, starts the JVM detached. @returns {Promise<number>} its PID */
async function startBroker({ port, controllerPort, stateDir, log, ephemeral }) {
  const f = files(stateDir);
  const libs = await resolveKafkaJars(log);
  fs.mkdirSync(stateDir, { recursive: true });
  if (ephemeral) fs.rmSync(f.data, { recursive: true, force: true });
  fs.writeFileSync(f.props, serverProperties({ port, controllerPort, dataDir: f.data }));
  fs.writeFileSync(f.log4j, LOG4J2);

  if (!fs.existsSync(f.clusterId)) {
    // The tool's stdout also carries log4j's start-up line: the id is the last line.
    const output = String(await runStorageTool(libs, f.log4j, ['random-uuid'])).trim();
    const id = output.split('\n').pop()?.trim() ?? '';
    if (!/^[A-Za-z0-9_-]{22}$/.test(id))
      throw new Error(`StorageTool random-uuid printed no cluster id:\n${output}`);
    fs.writeFileSync(f.clusterId, `${id}\n`);
  }
  // Formatting twice is harmless (--ignore-formatted) but costs a JVM start (~1 s): skip it for
  // data kept from an earlier run.
  if (!fs.existsSync(path.join(f.data, 'meta.properties'))) {
    const clusterId = fs.readFileSync(f.clusterId, 'utf8').trim();
    await runStorageTool(libs, f.log4j, [
      'format',
      '-t',
      clusterId,
      '-c',
      f.props,
      '--ignore-formatted',
    ]);
  }

  const out = fs.openSync(f.log, 'w');
  const child = spawn(
    'java',
    [
      // Test runs give every suite its own topics (a Kafka namespace each): a few thousand
      // partitions at the peak of a full `npm test`, whose metadata a 512 MB heap ran out for.
      `-Xmx${process.env.FREIGHT_KAFKA_HEAP ?? '1536m'}`,
      '-Xms256m',
      `-Dlog4j2.configurationFile=${f.log4j}`,
      '-cp',
      path.join(libs, '*'),
      MAIN_CLASS,
      f.props,
    ],
    { cwd: stateDir, detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  await new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (err) =>
      reject(new Error(`cannot start java (Java 17+ is needed): ${err.message}`)),
    );
  });
  child.unref();
  const pid = /** @type {number} */ (child.pid);
  fs.writeFileSync(f.pid, `${pid}\n`);
  return pid;
}

/** stopKafka without the lock, for callers that hold it. */
async function stopBroker({ stateDir, log, ephemeral }) {
  const f = files(stateDir);
  const pid = readPidFile(f.pid);
  if (pid !== undefined && isAlive(pid, MAIN_CLASS)) {
    log(`stopping Kafka (PID ${pid})`);
    await stopPid(pid, { graceMs: 20_000, expect: MAIN_CLASS, log });
  }
  fs.rmSync(f.pid, { force: true });
  if (ephemeral) fs.rmSync(f.data, { recursive: true, force: true });
}

/**
 * Stops the broker whose PID is in `<stateDir>/kafka.pid`, if it runs, and removes the pidfile.
 * Used by `cli.js down` from a process other than the one that started it.
 * @param {{ stateDir: string, log?: (line: string) => void, ephemeral?: boolean }} options
 */
async function stopKafka({ stateDir, log = defaultLog, ephemeral = false }) {
  if (!fs.existsSync(stateDir)) return;
  await withLock(files(stateDir).lock, () => stopBroker({ stateDir, log, ephemeral }), { log });
}

/**
 * Makes sure a Kafka broker answers on 127.0.0.1:`port`: ours from an earlier call (pidfile),
 * else whatever already answers there (never stopped by us), else a new one.
 * @param {{ port?: number, controllerPort?: number, stateDir: string, log?: (line: string) => void, ephemeral?: boolean }} options
 */
async function ensureKafka({
  port = 9092,
  controllerPort = 9093,
  stateDir,
  log = defaultLog,
  ephemeral = false,
}) {
  fs.mkdirSync(stateDir, { recursive: true });
  // Held from "is one running?" to "it answers", so concurrent callers start one broker, not two.
  // Long enough for a first start that resolves the jars with Maven.
  return withLock(
    files(stateDir).lock,
    () => findOrStart({ port, controllerPort, stateDir, log, ephemeral }),
    {
      log,
      timeoutMs: 10 * 60_000,
    },
  );
}

/** @param {{ port: number, controllerPort: number, stateDir: string, log: (line: string) => void, ephemeral: boolean }} options */
async function findOrStart({ port, controllerPort, stateDir, log, ephemeral }) {
  const f = files(stateDir);
  const brokers = [`127.0.0.1:${port}`];
  const noop = async () => {};

  const previous = readPidFile(f.pid);
  if (previous !== undefined) {
    if (isAlive(previous, MAIN_CLASS)) {
      log(`reusing our Kafka (PID ${previous}) on ${brokers}`);
      await awaitMetadata(brokers, { pid: previous, logFile: f.log });
      return { brokers, startedByUs: false, pid: previous, stop: noop };
    }
    log(`removing stale pidfile (PID ${previous} is gone)`);
    fs.rmSync(f.pid, { force: true });
  }

  if (await portAnswers(port)) {
    // Something listens; give it a few seconds in case it is a broker still starting.
    await awaitMetadata(brokers, { timeoutMs: 5000 }).catch((err) => {
      throw new Error(
        `127.0.0.1:${port} is taken by something that is not a Kafka broker we can use: ${err.message}`,
      );
    });
    log(
      `reusing the Kafka broker already answering on ${brokers} (not ours: it will not be stopped)`,
    );
    return { brokers, startedByUs: false, pid: undefined, stop: noop };
  }

  const started = Date.now();
  const pid = await startBroker({ port, controllerPort, stateDir, log, ephemeral });
  log(`started Kafka (PID ${pid}), waiting for it on ${brokers}; log: ${f.log}`);
  try {
    await awaitMetadata(brokers, { pid, logFile: f.log });
    await warmUp(brokers);
  } catch (err) {
    await stopBroker({ stateDir, log, ephemeral });
    throw err;
  }
  log(`Kafka ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return {
    brokers,
    startedByUs: true,
    pid,
    stop: () => stopKafka({ stateDir, log, ephemeral }),
  };
}

module.exports = { ensureKafka, stopKafka, probeMetadata };
