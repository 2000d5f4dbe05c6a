#!/usr/bin/env node
// `npm run bench -- <name> [--quick] [flags]`: compiles the repository (scripts/build.js) and
// runs dist/bench/<name>/main.js with the flags. The benchmark's stdout is exactly its one JSON
// line, so the build's output goes to stderr.
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');

function availableBenchmarks() {
  const dir = path.join(root, 'bench');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'main.ts')))
    .map((entry) => entry.name)
    .sort();
}

function main() {
  const [name, ...flags] = process.argv.slice(2);
  const available = availableBenchmarks();
  if (!name || !available.includes(name)) {
    console.error(
      `${name ? `unknown benchmark "${name}"` : 'no benchmark named'}.\nusage: npm run bench -- <name> [--quick] [flags]\navailable: ${available.join(', ') || '(none)'}`,
    );
    process.exitCode = 2;
    return;
  }

  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.js')], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (build.status !== 0) {
    console.error(`build failed (exit ${build.status ?? build.signal}); not running ${name}`);
    process.exitCode = 1;
    return;
  }

  const child = spawn(
    process.execPath,
    ['--enable-source-maps', path.join(root, 'dist', 'bench', name, 'main.js'), ...flags],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  child.on('exit', (code, signal) => {
    if (signal) console.error(`${name} ended by ${signal}`);
    process.exitCode = code ?? 1;
  });
}

main();
