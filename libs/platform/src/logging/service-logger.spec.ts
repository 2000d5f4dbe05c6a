import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');

// A service process that logs a burst and exits at once, as a failed start-up does
// (`logger.fatal(…)` then `process.exit(1)`). Compiled on the fly with the build's swc options.
const child = `
const { transformSync } = require('@swc/core');
const { swcOptions } = require('./swc.config');
const fs = require('node:fs');
require.extensions['.ts'] = (module, filename) =>
  module._compile(transformSync(fs.readFileSync(filename, 'utf8'), { ...swcOptions(), filename, swcrc: false }).code, filename);
const { createServiceLogger } = require('./libs/platform/src/logging/service-logger.ts');
const logger = createServiceLogger({ service: 'burst', level: 'info' });
for (let i = 0; i < 20000; i++) logger.info({ i }, 'line');
logger.fatal('last words');
process.exit(1);
`;

describe('service logger', () => {
  it('writes stdout asynchronously, yet every line reaches it when the process exits right after logging', () => {
    const result = spawnSync(process.execPath, ['-e', child], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { i?: number; msg: string });
    expect(lines).toHaveLength(20001);
    expect(lines.slice(0, -1).map((l) => l.i)).toEqual(Array.from({ length: 20000 }, (_, i) => i));
    expect(lines.at(-1)).toMatchObject({ level: 'fatal', msg: 'last words', service: 'burst' });
  });
});
