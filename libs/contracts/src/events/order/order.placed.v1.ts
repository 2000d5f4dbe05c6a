import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant } from '../shared.schemas';
import { exampleOrder, orderSnapshot } from './order.schemas';

export const orderPlacedV1Schema = z.object({ ...orderSnapshot, placedAt: instant });

export const orderPlacedV1 = defineEvent({
  type: 'order.placed',
  version: 1,
  topic: serviceEventsTopic('order'),
  schema: orderPlacedV1Schema,
  key: (data) => data.waybillNo,
  description:
    'An order was placed and handed to the documents desk (R4), with everything tracking (timeline, delay detection R13), billing (charges R24) and planning (pickups R40) need. Keyed by waybill: a shipment’s events stay in order.',
  example: { ...exampleOrder, placedAt: '2025-03-11T02:30:00Z' },
});
