import { CreateCustomer1795651200000 } from './1795651200000-create-customer';
import { CustomerFile1796000000000 } from './1796000000000-customer-file';
import { RateTable1796000100000 } from './1796000100000-rate-table';
import { InquiryAndQuote1796000200000 } from './1796000200000-inquiry-and-quote';
import { Order1796000300000 } from './1796000300000-order';
import { Lead1796000400000 } from './1796000400000-lead';
import { DemoSeed1796000500000 } from './1796000500000-demo-seed';

/**
 * Every migration of the order database, oldest first. The outbox and inbox tables come from
 * @freight/messaging, added by PlatformModule. The first is the stub's placeholder customer
 * table, kept so a database it migrated moves on; the next one replaces it (decision 0040).
 */
export const orderMigrations = [
  CreateCustomer1795651200000,
  CustomerFile1796000000000,
  RateTable1796000100000,
  InquiryAndQuote1796000200000,
  Order1796000300000,
  Lead1796000400000,
  DemoSeed1796000500000,
];
