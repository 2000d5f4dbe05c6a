// npm run bench -- complaint [--quick] [--agents N] [--seconds N] [--think MS] [--calls N] [--complaints N] [--no-record]
//
// 1. 100 agents at once record calls and complaints through the real gateway and the real
//    complaint service (each in its own process, as deployed, with their outbox relays on Kafka),
//    back to back (the saturation rate), against the bare Postgres transactions the same use cases
//    need, on the same tables; then paced as agents work (one request every ~--think ms each),
//    for the latency an agent sees (p99_ms). Back to back, latency is only queueing.
// 2. The monthly report (R20) and fines (R21) of a month of 1M calls and 100k complaints, through
//    the gateway, against one SQL aggregate over the same rows.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  emitResult,
  intFlag,
  parseBenchArgs,
  progress,
  recordRow,
  withInfrastructure,
} from '../lib';
import { bareLoad, gatewayLoad } from './desk-load';
import { loadMonth, MONTH, MONTH_RANGE, ONE_AGGREGATE } from './month-data';
import { cpuSeconds, runService, RunningService } from './processes';

const BENCH = 'complaint';
const INTRO =
  '100 agents at once record calls (one in four not answered on the line: a 5-minute clock is armed) and, every fifth time, ' +
  'a complaint (its 1-hour clock armed) through the gateway and the complaint service, each in its own process, back to back ' +
  'against the same transactions written directly with node-postgres (pool of 10, as the service); p99 with each agent ' +
  'sending about one request a second (saturated_p99: back to back); then the monthly complaint report and ' +
  'fines of a month of 1M calls and 100k complaints through the gateway against one SQL aggregate over the same rows (medians of 5).';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(runs: number, body: () => Promise<unknown>): Promise<number> {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await body();
    seconds.push((performance.now() - t) / 1000);
  }
  return median(seconds);
}

async function main() {
  const args = parseBenchArgs();
  const agents = intFlag(args, 'agents', 100);
  const seconds = intFlag(args, 'seconds', args.quick ? 5 : 20);
  const calls = intFlag(args, 'calls', args.quick ? 100_000 : 1_000_000);
  const complaints = intFlag(args, 'complaints', args.quick ? 10_000 : 100_000);
  const think = intFlag(args, 'think', 1000);
  await withInfrastructure(async (infra) => {
    const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
    const databases = {
      complaint: `complaint_bench_${suffix}`,
      gateway: `complaint_bench_gw_${suffix}`,
    };
    const common = {
      DATABASE_URL: infra.databaseUrl,
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      KAFKA_NAMESPACE: `bench-complaint-${suffix.replace('_', '-')}`,
      LOG_LEVEL: 'warn',
    };
    const server = new Client({ connectionString: infra.databaseUrl });
    // a connection ended from outside (a shared server's clean-up) fails the step using it, not the process
    server.on('error', (error) => progress(`server connection: ${error.message}`));
    await server.connect();
    const dbUrl = new URL(infra.databaseUrl);
    dbUrl.pathname = `/${databases.complaint}`;
    const services: RunningService[] = [];
    try {
      // the service migrates its database, then the bare transactions run on its tables alone
      await (
        await runService('complaint', { ...common, DATABASE_NAME: databases.complaint })
      ).stop();
      progress(`bare: ${agents} agents for ${seconds} s`);
      const bare = await bareLoad(dbUrl.toString(), agents, seconds);
      progress(`bare: ${JSON.stringify(bare)}`);
      const db = new Client({ connectionString: dbUrl.toString() });
      db.on('error', (error) => progress(`database connection: ${error.message}`));
      await db.connect();
      await db.query('TRUNCATE call, complaint_step, complaint_escalation, complaint, outbox');

      const complaint = await runService('complaint', {
        ...common,
        DATABASE_NAME: databases.complaint,
      });
      services.push(complaint);
      const password = `bench-${randomBytes(6).toString('hex')}`;
      const gateway = await runService('gateway', {
        ...common,
        DATABASE_NAME: databases.gateway,
        COMPLAINT_URL: complaint.url,
        DEMO_DATA: 'true',
        DEMO_PASSWORD: password,
        JWT_SECRET: randomBytes(32).toString('hex'),
        RATE_LIMIT_PER_IP: '1000000000',
        RATE_LIMIT_PER_USER: '1000000000',
      });
      services.push(gateway);
      const token = async (username: string) =>
        (
          (await (
            await fetch(`${gateway.url}/api/v1/auth/login`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ username, password }),
            })
          ).json()) as { accessToken: string }
        ).accessToken;
      const agentToken = await token('agent');
      await gatewayLoad(gateway.url, agentToken, agents, 2); // warm-up, discarded
      progress(`gateway: ${agents} agents back to back for ${seconds} s`);
      const cpu = () => [cpuSeconds(gateway.pid), cpuSeconds(complaint.pid)];
      const before = cpu();
      const desk = await gatewayLoad(gateway.url, agentToken, agents, seconds);
      const [gatewayCpu, complaintCpu] = cpu().map(
        (after, i) => ((after - before[i]) * 1e6) / desk.operations,
      );
      progress(
        `gateway: ${JSON.stringify(desk)}; CPU per operation: gateway ${gatewayCpu.toFixed(0)} µs, complaint ${complaintCpu.toFixed(0)} µs`,
      );
      // latency as agents work: each records a call or complaint about every `think` ms
      progress(`gateway: ${agents} agents, one request every ~${think} ms each, for ${seconds} s`);
      const paced = await gatewayLoad(gateway.url, agentToken, agents, seconds, think);
      progress(`gateway paced: ${JSON.stringify(paced)}`);

      progress(`loading ${calls} calls and ${complaints} complaints of ${MONTH}`);
      await db.query(
        'TRUNCATE call, complaint_step, complaint_escalation, complaint, fine_line, outbox',
      );
      await loadMonth(db, calls, complaints);
      const [hq, gm] = [await token('hq-service'), await token('general-manager')];
      const call = (path: string, who: string, body?: unknown) =>
        fetch(`${gateway.url}${path}`, {
          method: body ? 'POST' : 'GET',
          headers: { authorization: `Bearer ${who}`, 'content-type': 'application/json' },
          body: body ? JSON.stringify(body) : undefined,
        }).then(async (r) => {
          if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
          return r.json();
        });
      // one finding recomputes the month's fines (every fault of the month)
      const t = performance.now();
      await call('/api/v1/complaints/CMP-B-1/fault', hq, {
        staff: [{ username: 'staff1' }],
        note: 'bench',
      });
      const finesSync = (performance.now() - t) / 1000;
      const report = await timed(5, () => call(`/api/v1/reports/complaints?month=${MONTH}`, gm));
      const fines = await timed(5, () => call(`/api/v1/fines?month=${MONTH}`, gm));
      const sql = await timed(5, () => db.query(ONE_AGGREGATE, MONTH_RANGE));
      await db.end();
      const figures = {
        per_s: desk.perSecond,
        bare_per_s: bare.perSecond,
        ratio: Math.round((desk.perSecond / bare.perSecond) * 100) / 100,
        p99_ms: paced.p99,
        report_s: Math.round((report + fines) * 1000) / 1000,
        sql_s: Math.round(sql * 1000) / 1000,
        report_ratio: Math.round(((report + fines) / sql) * 100) / 100,
      };
      progress(
        `report ${report.toFixed(3)} s + fines ${fines.toFixed(3)} s (fines recomputed in ${finesSync.toFixed(2)} s), ` +
          `back-to-back p99 ${desk.p99} ms (bare ${bare.p99} ms), failures ${desk.failures + paced.failures} (bare ${bare.failures})`,
      );
      if (args.record)
        await recordRow(
          BENCH,
          {
            agents,
            calls,
            complaints,
            ...figures,
            fines_sync_s: Math.round(finesSync * 100) / 100,
          },
          INTRO,
        );
      emitResult(BENCH, figures);
    } finally {
      for (const service of services.reverse()) await service.stop();
      for (const name of Object.values(databases))
        await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await server.end();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
