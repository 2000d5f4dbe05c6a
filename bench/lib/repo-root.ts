import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, found by walking up: benchmarks run from dist/bench/<name>/, not bench/. */
export function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'scripts', 'bench.js'))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`repository root (with scripts/bench.js) not found above ${__dirname}`);
  }
}
