import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant } from '../shared.schemas';
import { surveyAnsweredV1Schema } from './complaint.survey.answered.v1';

/** The survey as complaint.survey.answered names it (R23): which survey, about what, for whom. */
export const surveyIssuedV1Schema = surveyAnsweredV1Schema
  .pick({
    surveyId: true,
    branch: true,
    about: true,
    customerId: true,
  })
  .extend({
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
