import type { DemoDataContext } from '@freight/platform';
import { seedDemoBranches } from './branches/branch.demo-data';
import type { GatewayConfig } from './config';
import { seedDemoUsers } from './users/app-user.demo-data';

/** Branches first: every user belongs to one. */
export async function seedGatewayDemoData(context: DemoDataContext<GatewayConfig>): Promise<void> {
  await seedDemoBranches(context.dataSource);
  await seedDemoUsers(context);
}
