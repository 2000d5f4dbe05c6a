import { CreateCustomer1795651200000 } from './1795651200000-create-customer';

/** Every migration of the order database, oldest first. */
export const orderMigrations = [CreateCustomer1795651200000];
