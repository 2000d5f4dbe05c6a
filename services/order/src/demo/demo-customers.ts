import { DEMO_CUSTOMERS } from '@freight/contracts';
import { RegisterCustomerHandler } from '../customers/register-customer.handler';
import { DemoContext, demoStaff } from './demo-seed';

/** R1: the twenty customers of the demo cast, under their fixed ids (every service shows them). */
export async function seedDemoCustomers(ctx: DemoContext): Promise<void> {
  const register = ctx.get(RegisterCustomerHandler);
  const opened = new Date(ctx.clock.now().getTime() - 90 * 86_400_000);
  for (const c of DEMO_CUSTOMERS) {
    await register.handle(
      {
        branch: c.branch,
        company: c.company,
        contacts: [c.contact],
        addresses: [{ label: 'main', ...c.address }],
        billingTerms: c.billingTerms,
        email: c.contact.email,
      },
      demoStaff(c.branch, 'agent'),
      { customerId: c.customerId, at: opened },
    );
  }
}
