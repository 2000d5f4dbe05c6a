import type { z } from 'zod';
import type { ComplaintHttp } from '@freight/contracts';
import type { Survey } from './survey.entity';
import { SURVEY_QUESTION, surveyState } from './survey.rules';

export function surveyView(survey: Survey, now: Date): z.input<typeof ComplaintHttp.surveyView> {
  return {
    id: survey.id,
    branch: survey.branch,
    about: { type: survey.aboutType, id: survey.aboutId },
    customerId: survey.customerId,
    agent: survey.agent?.username ?? null,
    state: surveyState(survey, now),
    createdAt: survey.createdAt.toISOString(),
    expiresAt: survey.expiresAt.toISOString(),
    answeredAt: survey.answeredAt?.toISOString() ?? null,
    score: survey.score,
    comment: survey.comment,
    mailedTo: survey.mailedTo,
  };
}

/** What the customer's link shows: the question, and nothing about anyone (R23). */
export function publicSurveyView(survey: Survey): z.input<typeof ComplaintHttp.publicSurveyView> {
  return {
    about: { type: survey.aboutType, id: survey.aboutId },
    question: SURVEY_QUESTION,
    scale: { min: 1, max: 5 },
    expiresAt: survey.expiresAt.toISOString(),
  };
}
