import { fuzzRoutes, routesOf } from '@freight/testing';
import { startScheduler } from './support/scheduler-app';

// Issue 19, item 4: the scheduler's internal API, fuzzed at every route — a NUL in an id or an
// absurd duration once reached Postgres and came back as a 500.
describe('the scheduler under malformed input', () => {
  let scheduler: Awaited<ReturnType<typeof startScheduler>>;
  beforeAll(async () => {
    scheduler = await startScheduler();
  });
  afterAll(() => scheduler?.stop());

  it('answers every route without a 5xx', async () => {
    expect(await fuzzRoutes(scheduler.http, routesOf(scheduler.app))).toEqual([]);
  });
});
