import { actorHeaders, FakeClock, startServiceForTest } from '@freight/testing';
import { AppModule } from '../../src/app.module';
import { SERVICE, warehouseConfigSchema } from '../../src/config';

const HQ = ['general-manager', 'hq-service', 'admin'];

/** The warehouse service alone (its internal API, as the gateway would call it), real Kafka and Postgres. */
export async function startWarehouse(
  options: {
    clock?: FakeClock;
    env?: Record<string, string>;
    databaseName?: string;
    namespace?: string;
  } = {},
) {
  const service = await startServiceForTest({
    service: SERVICE,
    configSchema: warehouseConfigSchema,
    appModule: (config) => AppModule.register(config),
    clock: options.clock ?? new FakeClock('2025-03-10T02:00:00Z'),
    env: options.env,
    databaseName: options.databaseName,
    namespace: options.namespace,
    logLevel: 'warn',
  });
  const headers = (role: string) =>
    actorHeaders({ username: role, role, branch: HQ.includes(role) ? 'HQ' : 'SH01' });
  const as = (role: string) => ({
    get: (path: string) => service.http('GET', path, { headers: headers(role) }),
    post: (path: string, body: unknown = {}) =>
      service.http('POST', path, { body, headers: headers(role) }),
    put: (path: string, body: unknown) =>
      service.http('PUT', path, { body, headers: headers(role) }),
  });
  return { ...service, as };
}

export type WarehouseService = Awaited<ReturnType<typeof startWarehouse>>;

/** Fails with the answer's problem when the status is not the one expected. */
export function ok<T extends { status: number; text: string }>(answer: T, status = 200): T {
  if (answer.status !== status)
    throw new Error(`expected ${status}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
  return answer;
}

/** An item bought and received against its invoice (R35). */
export async function stockedItem(
  w: WarehouseService,
  code: string,
  quantity: number,
  unitPriceMinor = 1_000,
) {
  ok(
    await w
      .as('warehouse-keeper')
      .post('/items', { code, category: 'raw-material', name: code, unit: 'pcs' }),
    201,
  );
  const notice = ok(
    await w.as('warehouse-keeper').post('/purchase-receipts', {
      branch: 'SH01',
      noticeNo: `YS-${code}`,
      supplier: 'S',
      purchaser: 'P',
      lines: [{ itemCode: code, quantity }],
    }),
    201,
  ).body;
  ok(
    await w
      .as('qc-inspector')
      .post(`/purchase-receipts/${notice.id}/inspection`, { result: 'passed', reportNo: 'QC' }),
  );
  ok(
    await w.as('warehouse-keeper').post(`/purchase-receipts/${notice.id}/receipt`, {
      invoice: {
        invoiceNo: 'FP',
        invoiceDate: '2025-03-10',
        lines: [{ itemCode: code, unitPriceMinor }],
      },
    }),
  );
}
