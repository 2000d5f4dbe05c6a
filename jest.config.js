// Every suite of the repository, in three Jest projects:
//   unit         *.spec.ts beside the code — no I/O
//   integration  test/*.int-spec.ts — real Kafka and Postgres from libs/testing
//   e2e          e2e/*.e2e-spec.ts — the whole platform as `npm start` runs it
// `npm test` runs them all (scripts/test.js); `npx nx test <project>` runs one project's suites.
module.exports = require('./jest.preset').jestConfig(__dirname);
