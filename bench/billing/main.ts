// npm run bench -- billing [--quick] [--shipments N] [--customers N] [--record]
// The month-end close (R24) of the real billing service against one SQL aggregate over the same
// rows, in the same run. Not recorded in docs/benchmarks.md unless --record is given.
import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '@freight/testing';
import { Client } from 'pg';
import {
  emitResult,
  intFlag,
  parseBenchArgs,
  progress,
  recordRow,
  withInfrastructure,
} from '../lib';
import { BillingService } from './billing-service';
import { fillMonth, MONTH_AGGREGATE } from './data';

const BENCH = 'billing';
const INTRO =
  'The month-end close (R24) of the real billing service (`dist/services/billing/src/main.js`, a child ' +
  'process, MONTH_CLOSE_CHUNK 500): draft statements with their lines for every monthly-terms customer ' +
  'of a branch, from billing’s read model (one charge line per shipment), triggered over HTTP and timed ' +
  'until the close is done; against one SQL aggregate over the same rows (each customer’s lines, net, tax), ' +
  'warm, in the same run. RSS of the service process sampled every 50 ms during the close.';

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  args.record = args.values.has('record') || process.argv.includes('--record');
  const shipments = intFlag(args, 'shipments', args.quick ? 100_000 : 1_000_000);
  const customers = intFlag(args, 'customers', args.quick ? 500 : 5_000);
  const figures = await withInfrastructure(async (infra) => {
    process.env.DATABASE_URL = infra.databaseUrl; // createTestDatabase's server
    const database = await createTestDatabase('billing_bench');
    const port = 20_000 + (Number(randomBytes(2).readUInt16BE()) % 20_000);
    const service = await BillingService.start(
      {
        DATABASE_URL: infra.databaseUrl,
        DATABASE_NAME: database.name,
        KAFKA_BROKERS: infra.kafkaBrokers.join(','),
        KAFKA_NAMESPACE: `bench-${randomBytes(3).toString('hex')}`,
      },
      port,
    );
    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      progress(`filling ${shipments.toLocaleString('en-US')} shipments for ${customers} customers`);
      await fillMonth(db, shipments, customers);
      await db.query(MONTH_AGGREGATE); // warms the cache for both
      const rssStart = service.rssMb();
      let rssPeak = rssStart;
      const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, service.rssMb())), 50);
      progress('closing March 2025');
      const close = await timed(async () => {
        const answer = await fetch(`${service.url}/month-closes`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-actor-id': 'bench',
            'x-actor-name': 'bench',
            'x-actor-role': 'branch-manager',
            'x-actor-branch': 'SH01',
          },
          body: JSON.stringify({ branch: 'SH01', month: '2025-03' }),
        });
        if (answer.status !== 202) throw new Error(`close refused: ${answer.status}`);
        for (;;) {
          const { rows } = await db.query(
            `SELECT status, statements FROM month_close WHERE branch = 'SH01'`,
          );
          if (rows[0].status === 'done') return rows[0].statements as number;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      clearInterval(sampler);
      progress('one SQL aggregate over the same rows');
      const sql = await timed(() => db.query(MONTH_AGGREGATE));
      if (close.result !== customers || sql.result.rowCount !== customers)
        throw new Error(
          `expected ${customers} statements, got ${close.result} (aggregate ${sql.result.rowCount})`,
        );
      return {
        close_s: Math.round(close.seconds * 100) / 100,
        sql_s: Math.round(sql.seconds * 100) / 100,
        ratio: Math.round((close.seconds / sql.seconds) * 100) / 100,
        rss_mb_start: Math.round(rssStart),
        rss_mb_peak: Math.round(rssPeak),
      };
    } finally {
      await db.end();
      await service.stop();
      await database.drop();
    }
  });
  progress(
    `${BENCH}: close ${figures.close_s} s vs one aggregate ${figures.sql_s} s (×${figures.ratio}); ` +
      `RSS ${figures.rss_mb_start} → ${figures.rss_mb_peak} MB`,
  );
  if (args.record) await recordRow(BENCH, { shipments, customers, ...figures }, INTRO);
  emitResult(BENCH, figures);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
});
