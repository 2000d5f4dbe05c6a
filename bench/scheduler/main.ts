// npm run bench -- scheduler [--quick] [--window-seconds N] [--pending N] [--drain N] [--rss-pending N]
//                            [--env NAME=value,…] [--only scheduler] [--profile DIR] [--no-record]
// --profile DIR: each scheduler service process writes a CPU profile there when it stops.
import * as os from 'node:os';
import {
  emitResult,
  intFlag,
  parseBenchArgs,
  progress,
  recordRow,
  withInfrastructure,
} from '../lib';
import {
  pgBossLatenessAndDrain,
  schedulerLatenessAndDrain,
  schedulerRss,
  serviceNodeFlags,
  serviceOverrides,
} from './scenarios';

const BENCH = 'scheduler';
const INTRO =
  'The real scheduler service (`dist/services/scheduler/src/main.js`, a child process, default config) against ' +
  'pg-boss 10.4.2 (`work` with `pollingIntervalSeconds: 0.5`, `batchSize: 500`), same Postgres, one after the other. ' +
  '(a) pending deadlines inserted with generate_series, 200 due per second plus a burst of 5k due within one second ' +
  'mid-window; lateness = observed − due, the scheduler observed as the escalation row in its outbox (polled every ' +
  '10 ms), pg-boss as the handler start vs `startAfter`. (b) 50k due at one instant: escalations per second into ' +
  'the outbox, pg-boss jobs per second through a handler. (c) RSS of the service process with 1M armed deadlines ' +
  '(100k with `--quick`) while its firer runs. See the notes below the table.';

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const plan = {
    pending: intFlag(args, 'pending', 100_000),
    ratePerSecond: 200,
    windowSeconds: intFlag(args, 'window-seconds', args.quick ? 20 : 300),
    burst: 5_000,
  };
  const drainCount = intFlag(args, 'drain', args.quick ? 20_000 : 50_000);
  const rssPending = intFlag(args, 'rss-pending', args.quick ? 100_000 : 1_000_000);
  // --env NAME=value[,NAME=value]: service settings to compare (e.g. DEADLINE_WAKE_AT_DUE=false)
  for (const pair of (args.values.get('env') ?? '').split(',').filter(Boolean)) {
    const [name, value] = pair.split('=');
    serviceOverrides[name] = value;
  }
  if (Object.keys(serviceOverrides).length > 0) args.record = false;
  const profileDir = args.values.get('profile');
  if (profileDir) serviceNodeFlags.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  const schedulerOnly = args.values.get('only') === 'scheduler';
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');

  const result = await withInfrastructure(async (infra) => {
    progress(`load average ${load()}`);
    const scheduler = await schedulerLatenessAndDrain(infra, plan, drainCount);
    progress(`load average ${load()}`);
    if (schedulerOnly) return undefined; // the figures above are the output; infrastructure stops
    const pgboss = await pgBossLatenessAndDrain(infra, plan, drainCount);
    progress(`load average ${load()}`);
    const rss = await schedulerRss(infra, rssPending, args.quick ? 15 : 30);
    progress(`load average ${load()}`);
    return { scheduler, pgboss, rss, source: infra.source };
  });
  if (!result) return;
  const { scheduler, pgboss, rss } = result;
  const figures = {
    lateness_p50_ms: scheduler.lateness.p50,
    lateness_p99_ms: scheduler.lateness.p99,
    lateness_max_ms: scheduler.lateness.max,
    pgboss_lateness_p99_ms: pgboss.lateness.p99,
    drain_per_s: scheduler.drainPerS,
    pgboss_drain_per_s: pgboss.drainPerS,
    rss_mb_1m_pending: rss.rssMb,
  };
  process.stderr.write(
    `${BENCH}: lateness p50/p99/max ${scheduler.lateness.p50}/${scheduler.lateness.p99}/${scheduler.lateness.max} ms ` +
      `(pg-boss ${pgboss.lateness.p50}/${pgboss.lateness.p99}/${pgboss.lateness.max}) · drain ${scheduler.drainPerS}/s ` +
      `(pg-boss ${pgboss.drainPerS}/s) · RSS ${rss.rssMb} MB with ${rssPending.toLocaleString('en-US')} pending ` +
      `(idle ${rss.idleMb} MB) · load ${load()}\n`,
  );
  if (args.record) {
    const file = await recordRow(
      BENCH,
      {
        window: `${plan.windowSeconds} s`,
        'p50 ms': scheduler.lateness.p50,
        'p99 ms': scheduler.lateness.p99,
        'max ms': scheduler.lateness.max,
        'pg-boss p50/p99/max ms': `${pgboss.lateness.p50} / ${pgboss.lateness.p99} / ${pgboss.lateness.max}`,
        'drain/s': scheduler.drainPerS,
        'pg-boss drain/s': pgboss.drainPerS,
        'RSS MB': rss.rssMb,
        pending: rssPending,
        load: load(),
      },
      INTRO,
    );
    progress(`recorded in ${file}`);
  }
  emitResult(BENCH, figures);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${BENCH} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
