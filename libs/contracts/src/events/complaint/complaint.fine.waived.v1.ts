import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant, staffRef } from '../shared.schemas';
import { exampleFineLine, fineLine } from './complaint.fine.schemas';

export const fineWaivedV1Schema = fineLine.extend({
  reason: z.string().min(1).max(500),
  waivedBy: staffRef,
  waivedAt: instant,
});

export const complaintFineWaivedV1 = defineEvent({
  type: 'complaint.fine.waived',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: fineWaivedV1Schema,
  key: (data) => data.fineId,
  description: 'HQ waived a fine line, with its reason (R21); `amount` is what was waived.',
  example: {
    ...exampleFineLine,
    reason: 'the delay was caused by a road closure',
    waivedBy: { userId: 'u-hq-1', username: 'hq-service' },
    waivedAt: '2026-03-15T08:00:00Z',
  },
});
