import type { EventData } from '@freight/contracts';
import type { StaffRef } from '../shared/staff';
import type { Customer } from './customer.entity';

// The customer file as complaint (caller matching, R15) and billing (terms, R24) keep it.

/** The file as the events and the API carry it. */
export function customerSnapshot(c: Customer) {
  return {
    customerId: c.customerId,
    branch: c.branch,
    company: c.company,
    contacts: c.contacts,
    addresses: c.addresses,
    billingTerms: c.billingTerms,
    ...(c.email ? { email: c.email } : {}),
  };
}

export const customerRegistered = (c: Customer) => ({
  type: 'order.customer.registered' as const,
  branch: c.branch,
  data: {
    ...customerSnapshot(c),
    registeredAt: c.createdAt.toISOString(),
    registeredBy: c.createdBy,
    ...(c.convertedFromLeadId ? { convertedFromLeadId: c.convertedFromLeadId } : {}),
  } satisfies EventData<'order.customer.registered'>,
});

export const customerUpdated = (c: Customer, changedFields: string[], by: StaffRef) => ({
  type: 'order.customer.updated' as const,
  branch: c.branch,
  data: {
    ...customerSnapshot(c),
    changedFields,
    updatedAt: c.updatedAt.toISOString(),
    updatedBy: by,
  } satisfies EventData<'order.customer.updated'>,
});
