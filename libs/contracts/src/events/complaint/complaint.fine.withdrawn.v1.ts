import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant } from '../shared.schemas';
import { exampleFineLine, fineLine } from './complaint.fine.schemas';

export const fineWithdrawnV1Schema = fineLine.extend({ withdrawnAt: instant });

export const complaintFineWithdrawnV1 = defineEvent({
  type: 'complaint.fine.withdrawn',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: fineWithdrawnV1Schema,
  key: (data) => data.fineId,
  description:
    'A fine line no longer applies (R21): the complaint’s register no longer names the person at fault.',
  example: { ...exampleFineLine, withdrawnAt: '2026-03-12T08:00:00Z' },
});
