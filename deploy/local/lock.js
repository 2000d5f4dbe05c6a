// A lock file per state folder and server: several processes (two engineers' test runs, a test run
// and `npm run infra up`) may reach for the same broker or data folder at once, and must not both
// start one, or wipe the data of one that another is starting.
'use strict';

const fs = require('node:fs');
const { readPidFile, isAlive, delay } = require('./processes');

/**
 * Runs `body` while holding `<file>` (created exclusively, holding our PID). A lock whose holder
 * died is taken over.
 * @template T
 * @param {string} file
 * @param {() => Promise<T>} body
 * @param {{ timeoutMs?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<T>}
 */
async function withLock(file, body, { timeoutMs = 180_000, log = () => {} } = {}) {
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EEXIST') throw err;
    }
    const holder = readPidFile(file);
    if (holder === undefined || !isAlive(holder)) {
      log(
        `taking over ${file} from ${holder === undefined ? 'an unreadable holder' : `PID ${holder}, which is gone`}`,
      );
      fs.rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`${file} is still held by PID ${holder} after ${timeoutMs / 1000} s`);
    if (!announced) {
      log(`waiting for PID ${holder}, which holds ${file}`);
      announced = true;
    }
    await delay(100);
  }
  try {
    return await body();
  } finally {
    if (readPidFile(file) === process.pid) fs.rmSync(file, { force: true });
  }
}

module.exports = { withLock };
