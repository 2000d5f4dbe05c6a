import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant } from '../shared.schemas';

export const surveyIssuedV1Schema = z.object({
  surveyId: z.string().min(1),
  branch: branchCode,
  about: z.object({
    type: z
      .enum(['complaint', 'order'])
      .describe('after a closed complaint or a delivered order (R23)'),
    id: z.string().min(1).describe('the complaint id, or the waybill number'),
  }),
  customerId: z.string().min(1).optional(),
  issuedAt: instant,
  expiresAt: instant,
});

export const complaintSurveyIssuedV1 = defineEvent({
  type: 'complaint.survey.issued',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: surveyIssuedV1Schema,
  key: (data) => data.surveyId,
  description:
    'A satisfaction survey was issued (R23); its link reaches the customer by mail or from the agent, never on Kafka.',
  example: {
    surveyId: 'SRV-6a1f0c2e',
    branch: 'SH01',
    about: { type: 'order', id: 'SH0000000422' },
    customerId: 'CUST-SH-0001',
    issuedAt: '2026-03-14T07:12:00Z',
    expiresAt: '2026-03-28T07:12:00Z',
  },
});
