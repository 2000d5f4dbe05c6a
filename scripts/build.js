#!/usr/bin/env node
// Compiles libs/, services/ and bench/ to dist/ with swc (seconds, not minutes): one output tree,
// `@freight/*` imports rewritten to relative paths. Type checking is `npm run typecheck`.
// buildConsole(): the agent console (apps/console, Vite) into apps/console/dist, which the gateway
// serves at /console/.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { transformFile } = require('@swc/core');
const { swcOptions } = require('../swc.config');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist');
const sourceRoots = ['libs', 'services', 'bench'];
const isSource = (f) =>
  f.endsWith('.ts') && !f.endsWith('.d.ts') && !/\.(int-|e2e-)?spec\.ts$/.test(f);

function* walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'test') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (isSource(full)) yield full;
  }
}

async function build() {
  const options = swcOptions({ rewritePaths: true });
  const files = sourceRoots.flatMap((r) => [...walk(path.join(root, r))]);
  fs.rmSync(outDir, { recursive: true, force: true });
  await Promise.all(
    files.map(async (file) => {
      const out = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
      const { code, map } = await transformFile(file, { ...options, filename: file, swcrc: false });
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map`);
      if (map) fs.writeFileSync(`${out}.map`, map);
    }),
  );
  return files.length;
}

/** apps/console/dist with Vite (a few seconds); throws when the build fails. */
function buildConsole() {
  const vite = path.join(
    path.dirname(require.resolve('vite/package.json', { paths: [root] })),
    'bin/vite.js',
  );
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: path.join(root, 'apps', 'console'),
    stdio: 'inherit',
    // a production build also when called from a test run (Jest sets NODE_ENV=test)
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`the console build failed (exit ${result.status})`);
}

if (require.main === module) {
  build().then(
    (n) => console.log(`built ${n} files into dist/`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

module.exports = { build, buildConsole };
