import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant } from '../shared.schemas';
import { exampleFineLine, fineLine } from './complaint.fine.schemas';

export const fineIssuedV1Schema = fineLine.extend({ issuedAt: instant });

export const complaintFineIssuedV1 = defineEvent({
  type: 'complaint.fine.issued',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: fineIssuedV1Schema,
  key: (data) => data.fineId,
  description:
    'A complaint fine line was issued for a month (R21): staff at fault, the branch manager jointly, a manager who let a complaint climb, the HQ coordinator.',
  example: { ...exampleFineLine, issuedAt: '2026-03-10T08:00:00Z' },
});
