import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant, staffRef } from '../shared.schemas';
import { customerSnapshot, exampleCustomer } from './order.schemas';

export const customerUpdatedV1Schema = customerSnapshot.extend({
  changedFields: z
    .array(z.string())
    .min(1)
    .describe('which fields changed (R1 history keeps old → new)'),
  updatedAt: instant,
  updatedBy: staffRef,
});

export const orderCustomerUpdatedV1 = defineEvent({
  type: 'order.customer.updated',
  version: 1,
  topic: serviceEventsTopic('order'),
  schema: customerUpdatedV1Schema,
  key: (data) => data.customerId,
  description:
    'A customer file changed (R1): the whole file as it now is, and which fields changed.',
  example: {
    ...exampleCustomer,
    changedFields: ['contacts'],
    updatedAt: '2025-03-05T06:00:00Z',
    updatedBy: { userId: 'u-agent-1', username: 'agent' },
  },
});
