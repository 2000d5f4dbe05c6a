// One swc configuration for the build (scripts/build.js) and for Jest (@swc/jest), so tests run
// the code exactly as it is compiled: CommonJS, legacy decorators with metadata (Nest DI needs it).
const path = require('node:path');

const paths = {
  '@freight/contracts': ['libs/contracts/src/index.ts'],
  '@freight/documents': ['libs/documents/src/index.ts'],
  '@freight/messaging': ['libs/messaging/src/index.ts'],
  '@freight/platform': ['libs/platform/src/index.ts'],
  '@freight/testing': ['libs/testing/src/index.ts'],
};

/** @param {{ rewritePaths?: boolean }} [options] */
function swcOptions({ rewritePaths = false } = {}) {
  return {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      ...(rewritePaths ? { baseUrl: path.resolve(__dirname), paths } : {}),
    },
    module: { type: 'commonjs' },
    sourceMaps: true,
  };
}

module.exports = { swcOptions, paths };
