// npm run bench -- order [--quick] [--seconds N] [--levels 1,10,50] [--rows 100000,1000000]
//   [--search no] [--profile DIR]
//
// Issue 20 item 14, side by side in one run: (a) create-order through the gateway (the real
// gateway and order service, each its own process) at rising concurrency, against the bare
// Postgres transaction the use case needs at the same concurrency, and its p99 at a steady
// 200 orders/s; (b) the desk's searches' p99 through the gateway at 100k and at 1M orders, with
// their EXPLAIN (an index scan at any size). Ends with one JSON line.
import { createRequire } from 'node:module';
import * as os from 'node:os';
import { OrderHttp } from '@freight/contracts';
import { serviceDatabaseUrl } from '@freight/platform';
import { Client, escapeIdentifier, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { demoTariffBody } from '../../services/order/src/demo/demo-rate-table';
import { Order } from '../../services/order/src/orders/order.entity';
import { emitResult, intFlag, parseBenchArgs, progress, withInfrastructure } from '../lib';
import { bareWrites, prepareBareTables, runBare } from './bare-transaction';
import { bearer, cpuSeconds, Desk, startDesk, stop } from './desk-processes';
import { explainSearches, fillOrders, searches } from './search-load';

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

const listFlag = (raw: string | undefined, fallback: number[]) =>
  raw ? raw.split(',').map((v) => Number(v.replace(/_/g, ''))) : fallback;

async function call(
  desk: Desk,
  headers: Record<string, string>,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${desk.gateway.url}/api/v1${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (response.status >= 300)
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function load(label: string, options: Record<string, unknown>) {
  const result = await autocannon(options);
  const bad = result.non2xx + result.errors + result.timeouts;
  const figures = {
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
  progress(
    `${label}: ${figures.perSecond}/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, ${result.requests.total} requests${bad ? `, ${bad} failed` : ''}`,
  );
  if (bad > 0) throw new Error(`${label}: ${bad} requests failed or were not 2xx`);
  return figures;
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const seconds = intFlag(args, 'seconds', args.quick ? 3 : 10);
  const levels = listFlag(args.values.get('levels'), args.quick ? [1, 10] : [1, 10, 50]);
  const [small, large] = listFlag(
    args.values.get('rows'),
    args.quick ? [10_000, 100_000] : [100_000, 1_000_000],
  );
  progress(
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const outcome = await withInfrastructure(async (infrastructure) => {
    let desk: Desk | undefined;
    const orderDb = {
      ds: undefined as DataSource | undefined,
      pool: undefined as Pool | undefined,
    };
    try {
      desk = await startDesk(infrastructure, args.values.get('profile'));
      const running = desk;
      const url = serviceDatabaseUrl(infrastructure.databaseUrl, desk.orderDatabase);
      orderDb.ds = await new DataSource({ type: 'postgres', url, entities: [Order] }).initialize();
      orderDb.pool = new Pool({ connectionString: url, max: Math.max(...levels) });
      const [hq, agent] = [await bearer(desk, 'hq-service'), await bearer(desk, 'agent')];
      await call(
        desk,
        hq,
        'POST',
        '/rate-tables',
        demoTariffBody(new Date(Date.now() - 86_400_000)),
      );
      const customer = await call(desk, agent, 'POST', '/customers', OrderHttp.exampleNewCustomer);
      const from = new Date(Date.now() + 86_400_000);
      const body = {
        customerId: customer.customerId,
        consignee: OrderHttp.exampleNewOrder.consignee,
        cargo: { description: '机械零件', pieces: 3, weightKg: 860, volumeM3: 2.4 },
        serviceOptions: { pickup: true, deliveryMode: 'door' },
        pickupWindow: {
          from: from.toISOString(),
          to: new Date(from.getTime() + 4 * 3_600_000).toISOString(),
        },
      };
      const template = await call(desk, agent, 'POST', '/orders', body);
      const post = {
        url: `${desk.gateway.url}/api/v1/orders`,
        method: 'POST',
        headers: { ...agent, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      };

      // (a) create-order through the gateway vs the bare transaction, level by level
      await load('warm-up', { ...post, connections: 5, duration: 2 });
      const created: number[] = [];
      const bare: number[] = [];
      await prepareBareTables(orderDb.pool);
      const write = bareWrites(template);
      for (const connections of levels) {
        const cpu = [cpuSeconds(running.gateway), cpuSeconds(running.order)];
        const run = await load(`create-order × ${connections}`, {
          ...post,
          connections,
          duration: seconds,
        });
        const perOrder = (i: number, process: typeof running.gateway) =>
          Math.round(((cpuSeconds(process) - cpu[i]) * 1e6) / (run.perSecond * seconds));
        progress(
          `  CPU per order: gateway ${perOrder(0, running.gateway)} µs, order service ${perOrder(1, running.order)} µs`,
        );
        created.push(run.perSecond);
        const b = await runBare(orderDb.pool, write, connections, seconds);
        progress(`bare transaction × ${connections}: ${b.perSecond}/s, p99 ${b.p99} ms`);
        bare.push(b.perSecond);
      }
      const steady = await load('create-order at 200/s', {
        ...post,
        connections: 50,
        overallRate: 200,
        duration: seconds,
      });

      // (b) the desk's searches at two sizes
      const list = searches(template.waybillNo, customer.customerId);
      const requests = list.map((s) => ({
        method: 'GET',
        path: `/api/v1/orders?${new URLSearchParams(Object.entries(s.query).filter(([k]) => k !== 'branch'))}`,
      }));
      const search: Record<number, number> = {};
      for (const rows of args.values.get('search') === 'no' ? [] : [small, large]) {
        await fillOrders(orderDb.ds, rows);
        const plans = await explainSearches(orderDb.ds, list);
        progress(`EXPLAIN at ${rows.toLocaleString('en-US')} orders:\n${plans.join('\n\n')}`);
        await load(`search warm-up at ${rows}`, {
          url: desk.gateway.url,
          headers: agent,
          requests,
          connections: 5,
          duration: 2,
        });
        search[rows] = (
          await load(`search at ${rows.toLocaleString('en-US')} orders`, {
            url: desk.gateway.url,
            headers: agent,
            requests,
            connections: 10,
            duration: seconds,
          })
        ).p99;
      }
      return { created, bare, steady, search };
    } finally {
      await orderDb.ds?.destroy();
      await orderDb.pool?.end();
      await stop(desk?.gateway);
      await stop(desk?.order);
      if (desk) {
        const client = new Client({ connectionString: infrastructure.databaseUrl });
        await client.connect();
        for (const name of [desk.orderDatabase, desk.gatewayDatabase])
          await client
            .query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`)
            .catch((e: Error) => progress(`drop ${name}: ${e.message}`));
        await client.end();
      }
    }
  });

  const createPerS = Math.max(...outcome.created);
  const barePerS = Math.max(...outcome.bare);
  const ratio = Math.round((createPerS / barePerS) * 100) / 100;
  const [p100k, p1m] = [outcome.search[small], outcome.search[large]];
  process.stderr.write(
    `order: create-order ${outcome.created.join(' / ')} per s at ${levels.join(' / ')} connections vs bare ${outcome.bare.join(' / ')} ` +
      `→ ratio ${ratio} (target ≥ 0.3: ${ratio >= 0.3 ? 'met' : 'MISSED'}); p99 at 200/s ${outcome.steady.p99} ms (< 100: ${outcome.steady.p99 < 100 ? 'met' : 'MISSED'}); ` +
      `search p99 ${p100k} ms at ${small.toLocaleString('en-US')}, ${p1m} ms at ${large.toLocaleString('en-US')} ` +
      `(≤ 1.5×: ${p1m <= 1.5 * p100k ? 'met' : 'MISSED'}) · load average ${os.loadavg()[0].toFixed(2)}\n`,
  );
  emitResult('order', {
    create_per_s: createPerS,
    bare_per_s: barePerS,
    ratio,
    p99_ms_at_200_per_s: outcome.steady.p99,
    search_p99_ms_100k: p100k,
    search_p99_ms_1m: p1m,
  });
}

main().catch((err: unknown) => {
  process.stderr.write(
    `order bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
