const path = require('node:path');
const { swcOptions } = require('./swc.config');

const repoRoot = __dirname;
const { jsc, module: mod } = swcOptions();

const shared = {
  rootDir: repoRoot,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc, module: mod, swcrc: false }] },
  // NestJS 12 ships ESM only, and so do jose and uuid: let swc turn them into CommonJS for Jest.
  // (content-disposition and cookie are pinned to their CommonJS releases: package.json overrides.)
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose|uuid)/)'],
  moduleNameMapper: { '^@freight/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts' },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  setupFiles: ['<rootDir>/libs/testing/src/jest-env.ts'],
};

/**
 * @param {string} scope folder whose suites to run (the repo root, or one project's folder)
 */
function jestProjects(scope) {
  const rel = path.relative(repoRoot, scope).split(path.sep).join('/');
  const under = rel ? `<rootDir>/${rel}/` : '<rootDir>/';
  return [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [`${under}**/*.spec.ts`],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: [`${under}**/*.int-spec.ts`],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/jest-global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: [`${under}**/*.e2e-spec.ts`],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
  ];
}

/**
 * A whole Jest configuration for `scope`. testTimeout is a global option (Jest ignores it inside
 * a project): generous, because integration tests wait on real Kafka.
 * @param {string} scope
 */
function jestConfig(scope) {
  return { projects: jestProjects(scope), testTimeout: 120_000 };
}

module.exports = { jestConfig, jestProjects };
