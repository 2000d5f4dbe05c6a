import PgBoss from 'pg-boss';
import { Client } from 'pg';
import { percentile, progress } from '../lib';
import { SchedulerProcess } from './service-process';
import { freshDatabase, insertDeadlines } from './subjects';

export interface Infra {
  kafkaBrokers: string[];
  databaseUrl: string;
}

export interface LatenessPlan {
  /** armed deadlines in the table at the start, the due ones included */
  pending: number;
  /** due per second during the window */
  ratePerSecond: number;
  windowSeconds: number;
  /** due within one second, in the middle of the window */
  burst: number;
}

export interface Lateness {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

const LEAD_MS = 8_000; // time to insert and let the firer see the rows before the first is due
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** extra env for the service, e.g. DEADLINE_WAKE_AT_DUE=false to measure the fixed poll */
export const serviceOverrides: Record<string, string> = {};
/** Node flags of the service process, e.g. a CPU profile with `--profile DIR` */
export const serviceNodeFlags: string[] = [];
let nextPort = 18_600 + Math.floor(Math.random() * 300);

function summarise(values: number[]): Lateness {
  return {
    count: values.length,
    p50: Math.round(percentile(values, 50)),
    p99: Math.round(percentile(values, 99)),
    max: Math.round(values.reduce((m, v) => Math.max(m, v), 0)),
  };
}

function serviceEnv(infra: Infra, database: string): Record<string, string> {
  return {
    ...serviceOverrides,
    DATABASE_URL: infra.databaseUrl,
    DATABASE_NAME: database,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    NODE_ENV: 'production',
  };
}

/**
 * Watches the outbox: each new escalation row is observed at the start of the poll that sees it.
 * Firing transactions run concurrently, so a row can commit after rows with higher ids: the
 * watcher reads from the lowest id it has not seen yet (ids are dense here: only firing
 * transactions insert and none rolls back) and skips a gap only if it stays open for 5 s.
 */
class OutboxWatcher {
  /** every id up to this one has been seen */
  private contiguous = 0;
  /** seen ids above `contiguous` */
  private readonly ahead = new Set<number>();
  private gapSince = 0;
  readonly lateness: number[] = [];
  seen = 0;
  firstAt = 0;
  lastAt = 0;
  private running = true;
  private loop?: Promise<void>;

  constructor(private readonly client: Client) {}

  async start(): Promise<void> {
    const [row] = (await this.client.query('SELECT coalesce(max(id), 0) AS id FROM outbox')).rows;
    this.contiguous = Number(row.id);
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const observed = Date.now();
      const { rows } = await this.client.query(
        `SELECT id, (envelope->'data'->>'levelDueAt') AS due FROM outbox
          WHERE id > $1 AND envelope->>'type' = 'scheduler.escalation.raised' ORDER BY id LIMIT 20000`,
        [this.contiguous],
      );
      let fresh = 0;
      for (const row of rows as { id: string; due: string }[]) {
        const id = Number(row.id);
        if (this.ahead.has(id)) continue;
        this.ahead.add(id);
        this.lateness.push(observed - Date.parse(row.due));
        fresh++;
      }
      while (this.ahead.delete(this.contiguous + 1)) this.contiguous++;
      if (this.ahead.size === 0) this.gapSince = 0;
      else if (this.gapSince === 0) this.gapSince = observed;
      else if (observed - this.gapSince > 5_000) {
        this.contiguous = Math.min(...this.ahead); // a gap that never filled: step over it
        this.ahead.delete(this.contiguous);
        this.gapSince = 0;
      }
      if (fresh > 0) {
        if (this.seen === 0) this.firstAt = observed;
        this.seen += fresh;
        this.lastAt = observed;
      }
      if (rows.length < 20_000) await sleep(10);
    }
  }

  async until(count: number, timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (this.seen < count && Date.now() < end) await sleep(50);
    if (this.seen >= count) return;
    await this.stop(); // before the caller closes the connection under a running poll
    throw new Error(`only ${this.seen} of ${count} escalations seen`);
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}

/** The due times of the plan, relative to its start: steady rate plus the burst mid-window. */
function duePlan(plan: LatenessPlan) {
  const steady = plan.ratePerSecond * plan.windowSeconds;
  return {
    steady,
    stepMs: 1000 / plan.ratePerSecond,
    burstAtMs: Math.floor(plan.windowSeconds / 2) * 1000,
    burstStepMs: 1000 / plan.burst,
    far: Math.max(0, plan.pending - steady - plan.burst),
  };
}

/** (a) and (b) against the real service as a child process: one database, two phases. */
export async function schedulerLatenessAndDrain(
  infra: Infra,
  plan: LatenessPlan,
  drainCount: number,
) {
  const db = await freshDatabase(infra.databaseUrl, 'bench_scheduler');
  const service = await SchedulerProcess.start(
    serviceEnv(infra, db.name),
    nextPort++,
    serviceNodeFlags,
  );
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const p = duePlan(plan);
    const t0 = Date.now() + LEAD_MS;
    await insertDeadlines(client, 'far-', p.far, t0 + 86_400_000, 1);
    await insertDeadlines(client, 'steady-', p.steady, t0, p.stepMs);
    await insertDeadlines(client, 'burst-', plan.burst, t0 + p.burstAtMs, p.burstStepMs);
    await client.query('ANALYZE deadline');
    progress(
      `scheduler: ${plan.pending.toLocaleString('en-US')} pending, first due in ${Math.round((t0 - Date.now()) / 1000)} s`,
    );
    const watcher = new OutboxWatcher(client);
    await watcher.start();
    await watcher.until(p.steady + plan.burst, (plan.windowSeconds + 120) * 1000);
    await watcher.stop();
    const lateness = summarise(watcher.lateness);
    const own = (
      await client.query(
        `SELECT (details->>'latenessMs')::float8 AS ms FROM deadline_history WHERE kind = 'level-fired'`,
      )
    ).rows.map((r: { ms: number }) => r.ms);
    progress(
      `scheduler lateness: ${JSON.stringify(lateness)}; at the firer's claim (before commit): ${JSON.stringify(summarise(own))}`,
    );

    // (b) drain: drainCount due at the same instant
    const t1 = Date.now() + 3_000;
    await insertDeadlines(client, 'drain-', drainCount, t1, 0);
    const drainWatcher = new OutboxWatcher(client);
    await drainWatcher.start();
    await drainWatcher.until(drainCount, 600_000);
    await drainWatcher.stop();
    const drainPerS = Math.round(drainCount / ((drainWatcher.lastAt - t1) / 1000));
    progress(`scheduler drain: ${drainCount} in ${drainWatcher.lastAt - t1} ms → ${drainPerS}/s`);
    return { lateness, drainPerS };
  } finally {
    await client.end();
    await service.stop();
    await db.drop();
  }
}

/** The same plan on pg-boss 10 (fastest polling, 0.5 s), jobs with startAfter, in this process. */
export async function pgBossLatenessAndDrain(infra: Infra, plan: LatenessPlan, drainCount: number) {
  const db = await freshDatabase(infra.databaseUrl, 'bench_pgboss');
  const boss = new PgBoss({ connectionString: db.url, max: 10, supervise: true });
  boss.on('error', (err) => progress(`pg-boss error: ${String(err)}`));
  await boss.start();
  const queue = 'deadline';
  await boss.createQueue(queue);
  try {
    const p = duePlan(plan);
    const t0 = Date.now() + LEAD_MS + 8_000; // inserting through pg-boss takes longer
    const jobs = (prefix: string, count: number, start: number, step: number) =>
      Array.from({ length: count }, (_, i) => ({
        name: queue,
        data: { id: `${prefix}${i}` },
        startAfter: new Date(start + Math.floor(i * step)),
      }));
    const insert = async (all: PgBoss.JobInsert[]) => {
      for (let i = 0; i < all.length; i += 5_000) await boss.insert(all.slice(i, i + 5_000));
    };
    await insert(jobs('far-', p.far, t0 + 86_400_000, 1));
    await insert(jobs('steady-', p.steady, t0, p.stepMs));
    await insert(jobs('burst-', plan.burst, t0 + p.burstAtMs, p.burstStepMs));
    progress(
      `pg-boss: ${plan.pending.toLocaleString('en-US')} jobs, first due in ${Math.round((t0 - Date.now()) / 1000)} s`,
    );

    const lateness: number[] = [];
    let lastAt = 0;
    const worker = await boss.work<{ id: string }>(
      queue,
      { pollingIntervalSeconds: 0.5, batchSize: 500, includeMetadata: true },
      async (batch) => {
        const now = Date.now();
        for (const job of batch) lateness.push(now - new Date(job.startAfter).getTime());
        lastAt = now;
      },
    );
    const expected = p.steady + plan.burst;
    const end = Date.now() + (plan.windowSeconds + 20) * 1000 + (t0 - Date.now());
    while (lateness.length < expected && Date.now() < end + 120_000) await sleep(100);
    const summary = summarise(lateness);
    progress(`pg-boss lateness: ${JSON.stringify(summary)}`);

    const t1 = Date.now() + 10_000;
    const before = lateness.length;
    await insert(jobs('drain-', drainCount, t1, 0));
    if (Date.now() > t1) progress('pg-boss: drain insert took longer than its lead');
    while (lateness.length < before + drainCount) await sleep(50);
    const drainPerS = Math.round(drainCount / ((lastAt - Math.max(t1, 0)) / 1000));
    progress(`pg-boss drain: ${drainCount} in ${lastAt - t1} ms → ${drainPerS}/s`);
    await boss.offWork(worker);
    return { lateness: summary, drainPerS };
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await db.drop();
  }
}

/** (c) RSS of the real service with `pending` armed deadlines, while its firer runs. */
export async function schedulerRss(infra: Infra, pending: number, sampleSeconds: number) {
  const db = await freshDatabase(infra.databaseUrl, 'bench_scheduler_rss');
  const service = await SchedulerProcess.start(
    serviceEnv(infra, db.name),
    nextPort++,
    serviceNodeFlags,
  );
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const idle = service.rssMb();
    const started = Date.now();
    const firing = 100 * sampleSeconds; // 100 due per second while sampling
    await insertDeadlines(client, 'far-', pending - firing, Date.now() + 86_400_000, 0.05);
    await client.query('ANALYZE deadline');
    progress(
      `rss: ${pending.toLocaleString('en-US')} inserted in ${Date.now() - started} ms (service idle ${idle.toFixed(0)} MB)`,
    );
    await insertDeadlines(client, 'firing-', firing, Date.now() + 1_000, 10);
    let max = 0;
    for (let s = 0; s < sampleSeconds; s++) {
      await sleep(1_000);
      max = Math.max(max, service.rssMb());
    }
    const [row] = (
      await client.query(
        `SELECT count(*)::int AS n FROM outbox WHERE envelope->>'type' = 'scheduler.escalation.raised'`,
      )
    ).rows;
    progress(`rss: max ${max.toFixed(0)} MB over ${sampleSeconds} s; fired ${row.n} meanwhile`);
    return { rssMb: Math.round(max), idleMb: Math.round(idle), fired: Number(row.n) };
  } finally {
    await client.end();
    await service.stop();
    await db.drop();
  }
}
