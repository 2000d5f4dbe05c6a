import { ChargesReadModel1795737600000 } from './1795737600000-charges-read-model';
import { Statements1795737700000 } from './1795737700000-statements';
import { Invoices1795737800000 } from './1795737800000-invoices';
import { Receivables1795737900000 } from './1795737900000-receivables';

/** Every migration of the billing database, oldest first. */
export const billingMigrations = [
  ChargesReadModel1795737600000,
  Statements1795737700000,
  Invoices1795737800000,
  Receivables1795737900000,
];
