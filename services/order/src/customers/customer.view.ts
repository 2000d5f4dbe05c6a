import type { Customer } from './customer.entity';
import { customerSnapshot } from './customer.events';
import type { HistoryLine } from '../shared/history-line.entity';
import { historyLineView } from '../shared/history.store';

/** The customer file as the API answers it (OrderHttp.customerView). */
export const customerView = (c: Customer) => ({
  ...customerSnapshot(c),
  possibleDuplicates: c.possibleDuplicates,
  ...(c.convertedFromLeadId ? { convertedFromLeadId: c.convertedFromLeadId } : {}),
  createdAt: c.createdAt.toISOString(),
  createdBy: c.createdBy,
  updatedAt: c.updatedAt.toISOString(),
});

/** A line of the customer's history: its own changes, or what it kept from its lead (R9). */
export const customerChangeView = (h: HistoryLine) => ({
  ...historyLineView(h),
  source: h.source === 'lead' ? ('lead' as const) : ('customer' as const),
});
