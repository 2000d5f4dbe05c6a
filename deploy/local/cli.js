#!/usr/bin/env node
// `npm run infra -- up|down|status [--profile dev|test]`: real Kafka and Postgres without Docker.
// `up` leaves them running detached (until `down`) and prints <stateDir>/infra.json; `down` stops
// what that file says we started. Scripts can call up()/down()/status() directly: their up()
// handle's stop() stops the servers when the last process using them is done.
'use strict';

const { up, down, status } = require('./infra');

const USAGE = 'usage: node deploy/local/cli.js up|down|status [--profile dev|test]';

/** @param {string[]} argv */
function parseArgs(argv) {
  const [command, ...rest] = argv;
  let profileName = 'dev';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--profile') profileName = rest[++i];
    else if (arg.startsWith('--profile=')) profileName = arg.slice('--profile='.length);
    else throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  if (!profileName) throw new Error(`--profile needs a value\n${USAGE}`);
  return { command, profileName };
}

/** @param {string[]} argv */
async function main(argv) {
  const { command, profileName } = parseArgs(argv);
  switch (command) {
    case 'up': {
      const { stop, startedNow, ...info } = await up(profileName, { keepRunning: true });
      console.log(JSON.stringify(info, null, 2));
      return;
    }
    case 'down':
      await down(profileName);
      return;
    case 'status':
      console.log(JSON.stringify(await status(profileName), null, 2));
      return;
    default:
      throw new Error(USAGE);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}

module.exports = { up, down, status, main };
