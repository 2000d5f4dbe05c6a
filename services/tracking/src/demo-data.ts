import { DEMO_CUSTOMERS } from '@freight/contracts';
import type { DemoDataContext } from '@freight/platform';
import { DEFAULT_NOTIFY_STATUSES } from './customers/customer.rules';
import { CustomerPreference } from './customers/customer.entity';
import { PreferencesHandler } from './customers/preferences.handler';

/**
 * What some of the demo cast asked of tracking (by value from DEMO_CUSTOMERS, so it does not
 * wait for the order service's customer files): one customer also wants texts, two keep their
 * PODs with us (R14). Shipments, timelines and exceptions come from the order service's demo
 * orders and `npm run simulate -- dispatch`. Set once: an agent's later change is kept.
 */
const WISHES: Record<string, { sms?: boolean; keepPods?: string }> = {
  'CUST-SH-0001': { sms: true },
  'CUST-SH-0003': { keepPods: 'scans are enough; originals stay at the branch' },
  'CUST-WH-0004': { keepPods: 'keeps its own copies' },
};

export async function seedTrackingDemoData({ dataSource, get }: DemoDataContext): Promise<void> {
  const preferences = get(PreferencesHandler);
  for (const customer of DEMO_CUSTOMERS.filter((c) => WISHES[c.customerId])) {
    const wish = WISHES[customer.customerId];
    const exists = await dataSource.manager.existsBy(CustomerPreference, {
      customerId: customer.customerId,
    });
    if (exists) continue;
    await preferences.set(
      dataSource.manager,
      customer.customerId,
      customer.branch,
      {
        notifications: {
          statuses: [...DEFAULT_NOTIFY_STATUSES],
          emailTo: customer.contact.email,
          smsTo: wish.sms ? customer.contact.phone : null,
        },
        podReturn: wish.keepPods ? { mode: 'keep', note: wish.keepPods } : { mode: 'return' },
      },
      null,
    );
  }
}
