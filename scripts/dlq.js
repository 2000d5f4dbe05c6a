#!/usr/bin/env node
// `npm run dlq -- list|replay <topic>`: inspect and re-drive dead letters (<topic>.dlq).
// Runs the TypeScript source through swc when the sources are here (a checkout), else the
// compiled dist/ (an image built by scripts/build.js).
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'libs/messaging/src/dead-letters/dead-letter.cli.ts');
let cli;
if (fs.existsSync(source)) {
  require(path.join(root, 'libs/contracts/scripts/require-ts.js'));
  cli = require(source);
} else {
  cli = require(path.join(root, 'dist/libs/messaging/src/dead-letters/dead-letter.cli.js'));
}

cli
  .runDeadLetterCli(process.argv.slice(2), process.env, (line) => console.log(line))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
