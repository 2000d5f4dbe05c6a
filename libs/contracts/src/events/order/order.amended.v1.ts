import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant, staffRef } from '../shared.schemas';
import { exampleOrder, orderSnapshot } from './order.schemas';

export const orderAmendedV1Schema = z.object({
  ...orderSnapshot,
  amendedAt: instant,
  amendedBy: staffRef,
  changes: z
    .array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() }))
    .min(1)
    .describe('what changed, old → new (R4 history)'),
});

export const orderAmendedV1 = defineEvent({
  type: 'order.amended',
  version: 1,
  topic: serviceEventsTopic('order'),
  schema: orderAmendedV1Schema,
  key: (data) => data.waybillNo,
  description:
    'An order was amended before dispatch (R4): the whole order as it now is, and what changed. After an acknowledgement it needs a new one.',
  example: {
    ...exampleOrder,
    cargo: { ...exampleOrder.cargo, pieces: 14 },
    amendedAt: '2025-03-11T05:00:00Z',
    amendedBy: { userId: 'u-agent-1', username: 'agent' },
    changes: [{ field: 'cargo.pieces', from: 12, to: 14 }],
  },
});
