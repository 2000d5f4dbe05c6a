import { at, job, lineMatrix, van } from './plan-rules.fixtures';
import { solverProblemOf, UNSERVED_PENALTY_FEN } from './solver-problem.rules';

describe('R40 the solver problem of a day', () => {
  const problem = solverProblemOf({
    jobs: [
      job('A:pickup', { weightKg: 500.4, volumeM3: 4.0001, dangerousGoods: true }),
      job('B:delivery', { kind: 'delivery' }),
    ],
    fleet: [van(), van({ id: 'T1', dangerousGoodsPermit: true, volumeCapacityM3: 40.5 })],
    pins: [
      { jobId: 'B:delivery', vehicleId: 'T1' },
      { jobId: 'A:pickup', vehicleId: 'RETIRED' },
    ],
    matrix: lineMatrix(2),
    dayStart: at('00:00'),
    timeLimitMs: 1000,
  });

  it('R40: two capacity dimensions (kg, dm³): demands rounded up, capacities down', () => {
    expect(problem.vehicles.map((v) => v.capacity)).toEqual([
      [1500, 16000],
      [1500, 40500],
    ]);
    expect(problem.jobs.map((j) => j.demand)).toEqual([
      [501, 4001],
      [500, 4000],
    ]);
  });

  it('R40: shifts and windows in seconds after local midnight, service times in seconds', () => {
    expect(problem.vehicles[0]).toMatchObject({
      earliestStart: 8 * 3600,
      latestArrival: 18 * 3600,
      start: 0,
    });
    expect(problem.jobs[0]).toMatchObject({
      windows: [[9 * 3600, 17 * 3600]],
      serviceTime: 900,
      location: 1,
    });
  });

  it('R2: dangerous goods only on vehicles with a permit; a pin holds a stop to its vehicle (a retired one is ignored)', () => {
    expect(problem.vehicles.map((v) => v.skills)).toEqual([[], ['dangerous-goods']]);
    expect(problem.jobs[0]).toMatchObject({ skills: ['dangerous-goods'] });
    expect(problem.jobs[0]).not.toHaveProperty('vehicleId');
    expect(problem.jobs[1]).toMatchObject({ vehicleId: 'T1', kind: 'delivery' });
  });

  it('R40: costs in fen (per metre and per vehicle) and a penalty per unserved job above any day', () => {
    expect(problem.vehicles[0]).toMatchObject({ fixedCost: 40_000, costPerDistance: 0.35 });
    expect(problem.unservedPenalty).toBe(UNSERVED_PENALTY_FEN);
  });
});
