// npm run bench -- warehouse [--quick] [--seconds N] [--concurrency N] [--items N] [--movements N] [--no-record]
import { FakeClock, startServiceForTest } from '@freight/testing';
import { Pool } from 'pg';
import { AppModule } from '../../services/warehouse/src/app.module';
import { warehouseConfigSchema } from '../../services/warehouse/src/config';
import {
  emitResult,
  intFlag,
  nestLogsToStderr,
  parseBenchArgs,
  percentile,
  progress,
  recordRow,
  withInfrastructure,
} from '../lib';
import { bareRun, integrity, restock, seedOutbound, serviceRun } from './outbound';
import { seedLedger, serviceCount, sqlAggregate } from './reconciliation';

const BENCH = 'warehouse';
const INTRO =
  'The warehouse service in-process (its HTTP API, Nest on Fastify, TypeORM, the outbox) on the same Postgres as its peers. ' +
  '(a) 50 concurrent keepers issuing approved requisitions (2–3 lines, one hot item in a fifth of them) for the window, ' +
  'against the bare transactions the same movements need (lock the cards, insert the ledger lines, mark the requisition) ' +
  'on a pool of 10 like the service’s; afterwards no card or ledger balance below zero and ledger = card. ' +
  '(b) closing a count sheet of 100k items over 10M ledger lines (ledger, card and count compared in one statement) ' +
  'against one SQL aggregate over the same rows; medians of three.';

const median = (values: number[]) => percentile(values, 50);

async function main(): Promise<void> {
  nestLogsToStderr();
  const args = parseBenchArgs();
  const seconds = intFlag(args, 'seconds', args.quick ? 10 : 60);
  const concurrency = intFlag(args, 'concurrency', 50);
  const items = intFlag(args, 'items', args.quick ? 10_000 : 100_000);
  const movements = intFlag(args, 'movements', args.quick ? 1_000_000 : 10_000_000);

  const result = await withInfrastructure(async () => {
    const service = await startServiceForTest({
      service: 'warehouse',
      configSchema: warehouseConfigSchema,
      appModule: (c) => AppModule.register(c),
      clock: new FakeClock(new Date()),
      logLevel: 'warn',
    });
    const pool = new Pool({
      connectionString: new URL(
        `/${service.config.DATABASE_NAME}`,
        service.config.DATABASE_URL,
      ).toString(),
      max: 10,
    });
    try {
      await seedOutbound(pool, 200_000);
      const svc = await serviceRun(service.url, concurrency, seconds);
      await restock(pool);
      const bare = await bareRun(pool, concurrency, seconds);
      const checked = await integrity(pool);

      progress(
        `seeding ${items.toLocaleString('en-US')} items and ${movements.toLocaleString('en-US')} ledger lines`,
      );
      await seedLedger(pool, items, movements);
      await sqlAggregate(pool); // warm the cache for both
      const sql: number[] = [];
      const count: number[] = [];
      for (const date of ['2030-01-01', '2030-01-02', '2030-01-03']) {
        sql.push(await sqlAggregate(pool));
        count.push(await serviceCount(service.http, pool, date));
      }
      return { svc, bare, checked, countS: median(count), sqlS: median(sql) };
    } finally {
      await pool.end();
      await service.stop();
    }
  });

  const figures = {
    per_s: result.svc.perSecond,
    bare_per_s: result.bare.perSecond,
    ratio: Math.round((result.svc.perSecond / result.bare.perSecond) * 100) / 100,
    negative_stock: result.checked.negativeStock,
    ledger_card_mismatches: result.checked.ledgerCardMismatches,
    count_s: Math.round(result.countS * 100) / 100,
    sql_s: Math.round(result.sqlS * 100) / 100,
    count_ratio: Math.round((result.countS / result.sqlS) * 100) / 100,
  };
  process.stderr.write(
    `${BENCH}: ${figures.per_s}/s issued through the service vs ${figures.bare_per_s}/s bare (${figures.ratio}×), ` +
      `${result.svc.refused} refused for stock; negative ${figures.negative_stock}, mismatches ${figures.ledger_card_mismatches}; ` +
      `count close ${figures.count_s} s vs aggregate ${figures.sql_s} s (${figures.count_ratio}×)\n`,
  );
  if (args.record) {
    const file = await recordRow(
      BENCH,
      {
        window: `${seconds} s × ${concurrency}`,
        'issued/s': figures.per_s,
        'bare/s': figures.bare_per_s,
        ratio: figures.ratio,
        'negative / mismatches': `${figures.negative_stock} / ${figures.ledger_card_mismatches}`,
        'items / lines': `${items} / ${movements}`,
        'count s': figures.count_s,
        'aggregate s': figures.sql_s,
        'count ratio': figures.count_ratio,
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
