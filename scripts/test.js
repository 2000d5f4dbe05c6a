#!/usr/bin/env node
// `npm test`: lint, typecheck, then the unit suites (Jest, and the console's Vitest), the
// integration and the end-to-end suites (the console's browser tests among them).
// Brings up the test infrastructure once (real Kafka and Postgres, see libs/testing) and stops
// only what it started. Ends with one line `N passed, N failed`, summed over every suite
// (lint and typecheck count as one check each).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const resultsDir = path.join(root, '.local', 'test-results');
// a package's own CLI script (its `exports` may hide the path from require.resolve)
const bin = (pkg, file) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [root] })), file);

function run(title, args, env = process.env) {
  process.stdout.write(`\n=== ${title} ===\n`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  return result.status === 0;
}

/** Passed and failed tests from a Jest-format JSON report (Jest's --json, Vitest's json reporter). */
function countsOf(ok, outputFile) {
  if (!fs.existsSync(outputFile)) return { passed: 0, failed: 1 }; // the runner itself crashed
  const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  // a suite that fails to load has no test results but still fails the run
  const brokenSuites = report.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  return {
    passed: report.numPassedTests,
    failed:
      report.numFailedTests +
      brokenSuites +
      (ok || report.numFailedTests + brokenSuites > 0 ? 0 : 1),
  };
}

function jest(project, env, extra = []) {
  const outputFile = path.join(resultsDir, `${project}.json`);
  fs.rmSync(outputFile, { force: true });
  const args = [
    bin('jest', 'bin/jest.js'),
    '--selectProjects',
    project,
    '--json',
    '--outputFile',
    outputFile,
    ...extra,
  ];
  return countsOf(run(`jest: ${project}`, args, env), outputFile);
}

/** The agent console's component tests (Vitest, jsdom); its browser tests are in e2e/. */
function consoleComponentTests() {
  const outputFile = path.join(resultsDir, 'console.json');
  fs.rmSync(outputFile, { force: true });
  const args = [
    bin('vitest', 'vitest.mjs'),
    'run',
    '--root',
    'apps/console',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ];
  return countsOf(run('vitest: console', args), outputFile);
}

/** Infrastructure given in the environment (as libs/testing reads it), else deploy/local's test profile. */
async function testInfrastructure() {
  const { KAFKA_BROKERS, DATABASE_URL } = process.env;
  if (KAFKA_BROKERS && DATABASE_URL) {
    return {
      kafkaBrokers: KAFKA_BROKERS.split(','),
      databaseUrl: DATABASE_URL,
      stop: async () => {},
    };
  }
  return require('../deploy/local/cli').up('test');
}

async function main() {
  fs.mkdirSync(resultsDir, { recursive: true });
  const totals = { passed: 0, failed: 0 };
  const count = (ok) => (ok ? totals.passed++ : totals.failed++);
  const add = ({ passed, failed }) => {
    totals.passed += passed;
    totals.failed += failed;
  };

  count(run('lint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings', '0']));
  count(
    run('format (prettier --check)', [
      bin('prettier', 'bin/prettier.cjs'),
      '--check',
      '.',
      '--log-level',
      'warn',
    ]),
  );
  count(run('typecheck', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit']));
  count(
    run('typecheck: console', [
      bin('typescript', 'bin/tsc'),
      '-p',
      'apps/console/tsconfig.json',
      '--noEmit',
    ]),
  );
  add(jest('unit', process.env));
  add(consoleComponentTests());

  const infra = await testInfrastructure();
  try {
    const env = {
      ...process.env,
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      DATABASE_URL: infra.databaseUrl,
    };
    // --forceExit: a leaked handle is a bug to fix, but must not hang CI and lose every result
    add(jest('integration', env, ['--forceExit']));
    add(jest('e2e', env, ['--runInBand', '--forceExit']));
  } finally {
    await infra.stop(); // stops only what this run started
  }

  process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
  process.exit(totals.failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error('[test] failed:', error);
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
});
