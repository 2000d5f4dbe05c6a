// `npm run plan -- solve <instance> [--seconds N]` (issue 25 item 6): solves a CVRPLIB `.vrp` or
// a Solomon VRPTW `.txt` file with the service's own solver helper and JSON format, and prints
// one JSON line {"instance","cost","vehicles","routes"} on stdout (progress on stderr).
import { answerOf, readInstance } from '../instances/read-instance';
import { ensureSolverBuilt } from '../solver/solver-build';
import { SolverHelper } from '../solver/solver-helper';

const USAGE = 'usage: npm run plan -- solve <instance.vrp|instance.txt> [--seconds N]';

async function main(argv: string[]): Promise<number> {
  const [command, file, ...flags] = argv;
  if (command !== 'solve' || !file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let seconds = 5;
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === '--seconds' && Number(flags[i + 1]) > 0) seconds = Number(flags[++i]);
    else {
      process.stderr.write(`unknown argument "${flags[i]}"\n${USAGE}\n`);
      return 2;
    }
  }
  const instance = readInstance(file);
  const helper = new SolverHelper({
    jar: () => ensureSolverBuilt({ log: (line) => process.stderr.write(`${line}\n`) }),
    javaOptions: ['-Xmx1g'],
    log: (level, message) => level !== 'info' && process.stderr.write(`${message}\n`),
  });
  await helper.start();
  try {
    const solution = await helper.solve(instance.problem(Math.round(seconds * 1000)));
    process.stdout.write(`${JSON.stringify(answerOf(instance, solution))}\n`);
    return 0;
  } finally {
    await helper.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  },
);
