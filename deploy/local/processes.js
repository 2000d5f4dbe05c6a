// Process helpers shared by kafka.js and postgres.js: they start servers detached, remember
// them by PID, and must later stop exactly that PID and nothing else.
'use strict';

const fs = require('node:fs');
const net = require('node:net');

/** @param {string} file @returns {number | undefined} */
function readPidFile(file) {
  if (!fs.existsSync(file)) return undefined;
  const pid = Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0].trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * True while the process runs. A zombie (exited, not yet reaped by its parent) counts as gone,
 * and so does a live process whose command line lacks `expect`: PIDs are reused, and a stale
 * pidfile must never make us adopt or kill a stranger.
 * @param {number} pid @param {string} [expect] substring of /proc/<pid>/cmdline
 */
function isAlive(pid, expect) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code === 'EPERM') return true;
    return false;
  }
  const proc = `/proc/${pid}`;
  if (!fs.existsSync(proc)) return true; // no procfs (macOS): trust kill(0)
  try {
    const stat = fs.readFileSync(`${proc}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
    if (expect && !fs.readFileSync(`${proc}/cmdline`, 'utf8').includes(expect)) return false;
    return true;
  } catch (err) {
    // The process ended between the checks.
    if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT') return false;
    throw err;
  }
}

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SIGTERM, wait up to `graceMs` for a clean exit, then SIGKILL.
 * @param {number} pid @param {{ graceMs?: number, expect?: string, log?: (line: string) => void }} [options]
 */
async function stopPid(pid, { graceMs = 20_000, expect, log = () => {} } = {}) {
  if (!isAlive(pid, expect)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid, expect)) return;
    await delay(100);
  }
  log(`PID ${pid} still running ${graceMs} ms after SIGTERM: sending SIGKILL`);
  process.kill(pid, 'SIGKILL');
  while (isAlive(pid, expect)) await delay(50);
}

/** Resolves true when something accepts TCP connections on host:port. @param {number} port @param {string} [host] */
function portAnswers(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (/** @type {boolean} */ answered) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Last `lines` lines of a log file, for error messages. @param {string} file */
function tail(file, lines = 40) {
  if (!fs.existsSync(file)) return `(no ${file})`;
  return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

module.exports = { readPidFile, isAlive, stopPid, portAnswers, tail, delay };
