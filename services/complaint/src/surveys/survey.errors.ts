import { DomainError } from '@freight/platform';

export class SurveyExpired extends DomainError {
  constructor(expiresAt: Date) {
    super(410, 'survey-expired', `this survey closed on ${expiresAt.toISOString()}`, {
      title: 'Survey closed',
    });
  }
}

export class SurveyAnswered extends DomainError {
  constructor() {
    super(409, 'survey-already-answered', 'this survey has been answered: one answer per survey');
  }
}
