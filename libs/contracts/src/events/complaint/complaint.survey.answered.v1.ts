import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const surveyAnsweredV1Schema = z.object({
  surveyId: z.string().min(1),
  branch: branchCode,
  about: z.object({
    type: z
      .enum(['complaint', 'order'])
      .describe('after a closed complaint or a delivered order (R23)'),
    id: z.string().min(1).describe('the complaint id, or the waybill number'),
  }),
  customerId: z.string().min(1).optional(),
  agent: staffRef.optional().describe('the agent the answer is about, when there is one'),
  score: z.number().int().min(1).max(5),
  answeredAt: instant,
});

export const complaintSurveyAnsweredV1 = defineEvent({
  type: 'complaint.survey.answered',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: surveyAnsweredV1Schema,
  key: (data) => data.surveyId,
  description:
    'A customer answered a satisfaction survey (R23); billing averages them per month (R26).',
  example: {
    surveyId: 'SRV-SH-2025-000077',
    branch: 'SH01',
    about: { type: 'order', id: 'SH0000000422' },
    customerId: 'CUST-SH-00917',
    score: 5,
    answeredAt: '2025-03-15T02:00:00Z',
  },
});
