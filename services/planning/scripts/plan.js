#!/usr/bin/env node
// `npm run plan -- solve <instance> [--seconds N]`: compiles the repository (scripts/build.js,
// its output on stderr) and runs the planning service's solver CLI
// (services/planning/src/cli/plan.cli.ts). stdout is exactly the CLI's one JSON line.
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '../../..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.js')], {
  cwd: root,
  stdio: ['ignore', 2, 2],
});
if (build.status !== 0) process.exit(build.status ?? 1);
const cli = spawnSync(
  process.execPath,
  [
    '--enable-source-maps',
    path.join(root, 'dist/services/planning/src/cli/plan.cli.js'),
    ...process.argv.slice(2),
  ],
  { cwd: process.cwd(), stdio: 'inherit' },
);
process.exit(cli.status ?? 1);
