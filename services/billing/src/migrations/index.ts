import { CreateBillingPeriod1795651200000 } from './1795651200000-create-billing-period';

/** Every migration of the billing database, oldest first. */
export const billingMigrations = [CreateBillingPeriod1795651200000];
