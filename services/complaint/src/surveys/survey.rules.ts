import type { Survey } from './survey.entity';
import { SurveyAnswered, SurveyExpired } from './survey.errors';

// R23: one answer per survey, score 1–5 and a comment, until the link expires.

export const SURVEY_QUESTION =
  '您对本次服务满意吗？请打分 1（很不满意）至 5（非常满意）。How satisfied are you with our service? 1 (very unsatisfied) – 5 (very satisfied).';

export type SurveyState = 'open' | 'answered' | 'expired';

export function surveyState(survey: Survey, now: Date): SurveyState {
  if (survey.answeredAt) return 'answered';
  return now >= survey.expiresAt ? 'expired' : 'open';
}

/** A survey that can still be answered, or the reason it cannot (409 answered, 410 expired). */
export function mustBeOpen(survey: Survey, now: Date): void {
  const state = surveyState(survey, now);
  if (state === 'answered') throw new SurveyAnswered();
  if (state === 'expired') throw new SurveyExpired(survey.expiresAt);
}

export function answerSurvey(
  survey: Survey,
  answer: { score: number; comment?: string },
  now: Date,
) {
  mustBeOpen(survey, now);
  Object.assign(survey, { answeredAt: now, score: answer.score, comment: answer.comment ?? null });
  return {
    survey,
    events: [
      {
        type: 'complaint.survey.answered' as const,
        data: {
          surveyId: survey.id,
          branch: survey.branch,
          about: { type: survey.aboutType, id: survey.aboutId },
          ...(survey.customerId ? { customerId: survey.customerId } : {}),
          ...(survey.agent ? { agent: survey.agent } : {}),
          score: answer.score,
          answeredAt: now.toISOString(),
        },
      },
    ],
  };
}
