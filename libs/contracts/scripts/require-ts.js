// Lets plain `node` load the repository's TypeScript sources (scripts, CLIs, test child processes)
// with the same swc options as the build and Jest, `@freight/*` imports rewritten to paths.
// Usage: `node -r ./libs/contracts/scripts/require-ts.js file.ts`, or require() it first.
const fs = require('node:fs');
const { transformSync } = require('@swc/core');
const { swcOptions } = require('../../../swc.config');

const options = swcOptions({ rewritePaths: true });

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    ...options,
    filename,
    swcrc: false,
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
