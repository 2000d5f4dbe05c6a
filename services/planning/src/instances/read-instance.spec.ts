import * as path from 'node:path';
import { answerOf, readInstance } from './read-instance';

const fixture = (name: string) => path.join(__dirname, '../../test/fixtures', name);

describe('issue 25 item 6: benchmark instances for the solver CLI', () => {
  it('reads a CVRPLIB file with the set’s rounded Euclidean distances and an unlimited fleet', () => {
    const instance = readInstance(fixture('A-n32-k5.vrp'));
    expect(instance).toMatchObject({ name: 'A-n32-k5', capacity: 100, depot: 0 });
    expect(instance.customers).toHaveLength(31);
    // nodes 1 (82, 76) and 2 (96, 44): √(14² + 32²) = 34.93 → 35
    expect(instance.distances[0][1]).toBe(35);
    const problem = instance.problem(5000);
    expect(problem).toMatchObject({ unlimitedFleet: true, vehicles: [{ capacity: [100] }] });
    expect(problem.jobs[0]).toMatchObject({ id: '2', location: 1, kind: 'delivery', demand: [19] });
  });

  it('reads a Solomon file: time windows, service times, vehicles first', () => {
    const instance = readInstance(fixture('C101.txt'));
    const problem = instance.problem(5000);
    expect(problem.vehicles).toHaveLength(25);
    expect(problem.vehicles[0]).toMatchObject({
      capacity: [200],
      earliestStart: 0,
      latestArrival: 1236,
      fixedCost: 100_000,
    });
    expect(problem.jobs[0]).toMatchObject({
      id: '1',
      demand: [10],
      serviceTime: 90,
      windows: [[912, 967]],
    });
  });

  it('answers in the file’s own customer numbers, with the cost recomputed from the matrix', () => {
    const instance = readInstance(fixture('A-n32-k5.vrp'));
    const answer = answerOf(instance, {
      cost: 0,
      routes: [{ vehicleId: 'vehicle', visits: [{ jobId: '2', arrival: 0, departure: 0 }] }],
      unassigned: [],
      solveMillis: 1,
      solver: 'test',
    });
    expect(answer).toEqual({ instance: 'A-n32-k5', cost: 70, vehicles: 1, routes: [[2]] });
  });
});
