import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant, staffRef } from '../shared.schemas';
import { customerSnapshot, exampleCustomer } from './order.schemas';

export const customerRegisteredV1Schema = customerSnapshot.extend({
  registeredAt: instant,
  registeredBy: staffRef,
  // Added in v1 (additive, optional): R9 a lead converted into this customer.
  convertedFromLeadId: z.string().min(1).optional().describe('the lead it was converted from (R9)'),
});

export const orderCustomerRegisteredV1 = defineEvent({
  type: 'order.customer.registered',
  version: 1,
  topic: serviceEventsTopic('order'),
  schema: customerRegisteredV1Schema,
  key: (data) => data.customerId,
  description:
    'A customer file was opened (R1): the whole file, so complaint (caller matching by phone, R15) and billing (terms, R24) keep their own copy.',
  example: {
    ...exampleCustomer,
    registeredAt: '2025-03-01T02:00:00Z',
    registeredBy: { userId: 'u-agent-1', username: 'agent' },
  },
});
