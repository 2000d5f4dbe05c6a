import { StubRoute, StubService } from '@freight/testing';
import { BILLING_ROUTES } from './billing.stub';
import { COMPLAINT_ROUTES } from './complaint.stub';
import { ORDER_ROUTES } from './order.stub';
import { PLANNING_ROUTES } from './planning.stub';
import { SCHEDULER_ROUTES } from './scheduler.stub';
import { TRACKING_ROUTES } from './tracking.stub';
import { WAREHOUSE_ROUTES } from './warehouse.stub';

// Stand-ins for the services behind the gateway, one table of routes per service
// (`<service>.stub.ts`): what the gateway's own tests — proxying, branch scope, the
// authorisation matrix — need of each. Records whose id starts with `gz` are GZ01's, others
// SH01's; `missing` does not exist.
const TABLES: Record<string, StubRoute[]> = {
  ORDER_URL: ORDER_ROUTES,
  TRACKING_URL: TRACKING_ROUTES,
  COMPLAINT_URL: COMPLAINT_ROUTES,
  BILLING_URL: BILLING_ROUTES,
  WAREHOUSE_URL: WAREHOUSE_ROUTES,
  PLANNING_URL: PLANNING_ROUTES,
  SCHEDULER_URL: SCHEDULER_ROUTES,
};

export interface DownstreamStubs {
  /** the gateway's `<SERVICE>_URL` variables, pointing at the stubs */
  env: Record<string, string>;
  /** the stub behind each variable */
  byEnv: Record<string, StubService>;
  stop(): Promise<void>;
}

/** One stub per service, started; `env` points a gateway at them. */
export async function startDownstreamStubs(): Promise<DownstreamStubs> {
  const byEnv: Record<string, StubService> = {};
  for (const [variable, routes] of Object.entries(TABLES))
    byEnv[variable] = await new StubService(routes).start();
  return {
    env: Object.fromEntries(Object.entries(byEnv).map(([variable, stub]) => [variable, stub.url])),
    byEnv,
    stop: async () => {
      for (const stub of Object.values(byEnv)) await stub.stop();
    },
  };
}
