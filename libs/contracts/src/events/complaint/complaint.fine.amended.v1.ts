import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant, money } from '../shared.schemas';
import { exampleFineLine, fineLine } from './complaint.fine.schemas';

export const fineAmendedV1Schema = fineLine.extend({
  previousAmount: money,
  amendedAt: instant,
});

export const complaintFineAmendedV1 = defineEvent({
  type: 'complaint.fine.amended',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: fineAmendedV1Schema,
  key: (data) => data.fineId,
  description:
    'A fine line changed (R21): its count moved when an earlier complaint of the month was found at fault or cleared, or HQ set a manager-neglect amount.',
  example: {
    ...exampleFineLine,
    previousAmount: { amountMinor: 1000, currency: 'CNY' },
    amendedAt: '2026-03-12T08:00:00Z',
  },
});
