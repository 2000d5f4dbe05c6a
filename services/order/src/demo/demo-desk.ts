import { seedDemoCustomers } from './demo-customers';
import { seedDemoLeads } from './demo-leads';
import { seedMonthOfOrders } from './demo-orders';
import { seedDemoRateTable } from './demo-rate-table';
import { DemoContext, localDate, once } from './demo-seed';
import { seedToday } from './demo-today';

/**
 * The demo desk (DEMO_DATA=true), through the service's own use cases so that every event
 * reaches the other services: the demo cast's twenty customers under their fixed ids, the
 * tariff between SH, GZ and WH, a month of orders in every state, and today's inquiries and
 * pickups (on the first start of each day). Idempotent: customers by id, each other part once
 * per database. Events of other services are never awaited.
 */
export async function seedDemoDesk(ctx: DemoContext): Promise<void> {
  await seedDemoCustomers(ctx);
  await seedDemoRateTable(ctx);
  await once(ctx, 'month-of-orders', async () => void (await seedMonthOfOrders(ctx)));
  await once(ctx, 'leads', () => seedDemoLeads(ctx));
  await once(ctx, `today:${localDate(ctx.clock.now())}`, () => seedToday(ctx));
}
