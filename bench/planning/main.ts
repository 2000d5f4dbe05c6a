// npm run bench -- planning [--quick] [--seconds N] [--data DIR] [--threads N] [--no-record]
// The planning solver (the service's own helper and JSON format) on the 27 Augerat A CVRP
// instances, read from ../shared/data/cvrplib/A beside the project root (or --data), each with
// a time limit of --seconds (5): gap to the best-known cost, every solution checked by an
// independent feasibility check (feasibility-check.ts). --quick: the first 5 instances.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { answerOf, readInstance } from '../../services/planning/src/instances/read-instance';
import { ensureSolverBuilt } from '../../services/planning/src/solver/solver-build';
import { SolverHelper } from '../../services/planning/src/solver/solver-helper';
import { emitResult, intFlag, parseBenchArgs, progress, recordRow } from '../lib';
import { repoRoot } from '../lib/repo-root';
import { checkCvrpSolution } from './feasibility-check';

const BENCH = 'planning';
const INTRO =
  'The planning service’s solver helper (jsprit-core 1.8 behind the solver-neutral JSON, one JVM for the run) on ' +
  'the 27 Augerat A CVRP instances (`../shared/data/cvrplib/A`, rounded Euclidean distances), each with the given ' +
  'time limit; gap = cost / best known − 1; every solution checked by an independent TS feasibility check ' +
  '(capacity, each customer exactly once, cost recomputed from the file). Target: average gap ≤ 1.0 %.';

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const seconds = intFlag(args, 'seconds', 5);
  const threads = intFlag(args, 'threads', 1);
  const dataDir = path.resolve(
    args.values.get('data') ?? path.join(repoRoot(), '..', 'shared', 'data', 'cvrplib', 'A'),
  );
  const best = JSON.parse(fs.readFileSync(path.join(dataDir, 'best-known.json'), 'utf8')) as Record<
    string,
    { best_known_cost: number }
  >;
  const files = fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith('.vrp'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .slice(0, args.quick ? 5 : undefined);

  const helper = new SolverHelper({
    jar: () => ensureSolverBuilt({ log: (line) => progress(line) }),
    javaOptions: ['-Xmx1g'],
    log: (level, message) => level !== 'info' && progress(message),
  });
  await helper.start();
  const gaps: number[] = [];
  let infeasible = 0;
  try {
    for (const file of files) {
      const instance = readInstance(path.join(dataDir, file));
      const problem = { ...instance.problem(seconds * 1000), threads };
      const answer = answerOf(instance, await helper.solve(problem));
      const check = checkCvrpSolution(
        fs.readFileSync(path.join(dataDir, file), 'utf8'),
        answer.routes,
      );
      if (!check.feasible || check.cost !== answer.cost) infeasible++;
      const gap = (check.cost / best[instance.name].best_known_cost - 1) * 100;
      gaps.push(gap);
      progress(
        `${instance.name}: ${check.cost} vs ${best[instance.name].best_known_cost} (${round(gap)} %), ` +
          `${answer.vehicles} vehicles${check.feasible ? '' : `, INFEASIBLE: ${check.problems.join('; ')}`}`,
      );
    }
  } finally {
    await helper.stop();
  }
  const figures = {
    instances: files.length,
    avg_gap_pct: round(gaps.reduce((a, b) => a + b, 0) / gaps.length, 3),
    max_gap_pct: round(Math.max(...gaps), 3),
    infeasible,
    seconds_per_instance: seconds,
  };
  progress(
    `planning: ${figures.instances} instances, average gap ${figures.avg_gap_pct} %, max ${figures.max_gap_pct} %, ${infeasible} infeasible`,
  );
  if (args.record)
    await recordRow(BENCH, { ...figures, solver: 'jsprit-core 1.8', threads }, INTRO);
  emitResult(BENCH, figures);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
