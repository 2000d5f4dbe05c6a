#!/usr/bin/env node
// `npm run simulate -- dispatch [--rate N] [--bad] [--seed N]`: plays the dispatch system for the
// open demo orders (services/tracking/src/simulator). Runs the TypeScript source through swc when
// the sources are here (a checkout), else the compiled dist/ (an image built by scripts/build.js).
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'services/tracking/src/simulator/simulator.cli.ts');
let cli;
if (fs.existsSync(source)) {
  require(path.join(root, 'libs/contracts/scripts/require-ts.js'));
  cli = require(source);
} else {
  cli = require(path.join(root, 'dist/services/tracking/src/simulator/simulator.cli.js'));
}

process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
cli
  .runSimulatorCli(process.argv.slice(2), process.env, (line) => console.log(line))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
