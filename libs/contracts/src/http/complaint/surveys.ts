import { z } from 'zod';
import { branchQuery, pageOf, pageQuery } from '../common';
import { instant, text } from './shared';

// R23 satisfaction surveys: after a closed complaint and after a delivered order.

export const SURVEY_STATES = ['open', 'answered', 'expired'] as const;

export const surveyView = z.object({
  id: z.string(),
  branch: z.string(),
  about: z.object({ type: z.enum(['complaint', 'order']), id: z.string() }),
  customerId: z.string().nullable(),
  agent: z.string().nullable().describe('the agent the answer counts for'),
  state: z.enum(SURVEY_STATES),
  createdAt: instant,
  expiresAt: instant,
  answeredAt: instant.nullable(),
  score: z.number().int().nullable(),
  comment: z.string().nullable(),
  mailedTo: z
    .string()
    .nullable()
    .describe('where the link was sent, when the customer has an e-mail'),
});

export const surveysQuery = z.strictObject({
  ...pageQuery,
  sort: z.enum(['createdAt', '-createdAt']).default('-createdAt'),
  ...branchQuery,
  state: z.enum(SURVEY_STATES).optional(),
  aboutType: z.enum(['complaint', 'order']).optional(),
  from: instant.optional(),
  to: instant.optional(),
});
export const surveysPage = pageOf(surveyView);

/** POST /surveys/{id}/link: a fresh link (the previous one stops working). */
export const surveyLinkBody = z.strictObject({});
export const surveyLinkView = z.object({
  surveyId: z.string(),
  branch: z.string(),
  link: z.string(),
  expiresAt: instant,
});

/** What a customer sees behind the link: the question and nothing else. */
export const publicSurveyView = z.object({
  about: z.object({ type: z.enum(['complaint', 'order']), id: z.string() }),
  question: z.string(),
  scale: z.object({ min: z.literal(1), max: z.literal(5) }),
  expiresAt: instant,
});
export const publicSurveyAnswerBody = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: text(1000).optional(),
});
export const publicSurveyAnswerView = z.object({ answeredAt: instant, thanks: z.string() });

/** Path parameter of the public links: 43 characters of base64url (256 random bits). */
export const publicToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'expected the token of a link we sent');
