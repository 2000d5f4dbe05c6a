import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkCvrpSolution } from './feasibility-check';

const vrp = fs.readFileSync(
  path.join(__dirname, '../../services/planning/test/fixtures/A-n32-k5.vrp'),
  'utf8',
);
// the optimal solution of A-n32-k5 (cost 784) as CVRPLIB publishes it, whose customers are
// numbered from 1 after the depot: here + 1, the node ids of the .vrp file
const optimal = [
  [21, 31, 19, 17, 13, 7, 26],
  [12, 1, 16, 30],
  [27, 24],
  [29, 18, 8, 9, 22, 15, 10, 25, 5, 20],
  [14, 28, 11, 4, 23, 3, 2, 6],
].map((route) => route.map((customer) => customer + 1));

describe('the independent CVRP feasibility check (bench/planning)', () => {
  it('accepts the optimal solution and recomputes its cost, 784', () => {
    expect(checkCvrpSolution(vrp, optimal)).toEqual({ feasible: true, problems: [], cost: 784 });
  });

  it('names a customer left out and one visited twice', () => {
    const check = checkCvrpSolution(vrp, [...optimal.slice(0, 4), [15, 29, 12, 5, 24, 4, 3, 15]]);
    expect(check.feasible).toBe(false);
    expect(check.problems).toEqual(
      expect.arrayContaining(['customer 7 visited 0 times', 'customer 15 visited 2 times']),
    );
  });

  it('names a route over the capacity', () => {
    const merged = [[...optimal[0], ...optimal[1]], ...optimal.slice(2)];
    expect(checkCvrpSolution(vrp, merged).problems).toEqual([
      expect.stringMatching(/^route 1 carries \d+ > capacity 100$/),
    ]);
  });

  it('refuses the depot or an unknown node as a customer', () => {
    expect(checkCvrpSolution(vrp, [...optimal, [1, 99]]).problems).toEqual([
      'route 6: 1 is not a customer of the instance',
      'route 6: 99 is not a customer of the instance',
    ]);
  });
});
