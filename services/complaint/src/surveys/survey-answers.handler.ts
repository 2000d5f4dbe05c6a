import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, NotFoundProblem, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { newLinkToken, tokenHash } from '../shared/link-token';
import { Survey } from './survey.entity';
import { answerSurvey, mustBeOpen } from './survey.rules';
import { SurveyIssuer } from './survey-issuer';

/** A link that opens nothing: unknown and mistyped tokens look alike (they reveal nothing). */
const noSuchSurvey = () => new NotFoundProblem('no survey behind this link');

/** R23: the customer's side of a survey (its public link) and the agent's fresh link. */
@Injectable()
export class SurveyAnswersHandler {
  constructor(
    private readonly transactions: Transactions,
    private readonly issuer: SurveyIssuer,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** The form behind a link: 404 unknown, 409 answered, 410 expired. */
  async open(token: string): Promise<Survey> {
    return this.transactions.run(async ({ manager }) => {
      const survey = await byToken(manager, token);
      mustBeOpen(survey, this.clock.now());
      return survey;
    });
  }

  /** One answer per survey: a second is 409, a late one 410; nothing is half-written. */
  answer(token: string, answer: { score: number; comment?: string }): Promise<Survey> {
    return this.transactions.run(async (tx) => {
      const survey = await byToken(tx.manager, token, true);
      const change = answerSurvey(survey, answer, this.clock.now());
      await tx.manager.save(change.survey);
      await tx.publish(change.events);
      return change.survey;
    });
  }

  /** A fresh link for the agent to give (the old one stops working): tokens are stored hashed. */
  newLink(id: string): Promise<{ survey: Survey; link: string }> {
    return this.transactions.run(async (tx) => {
      const survey = await tx.lock(Survey, { id }, `survey ${id}`);
      mustBeOpen(survey, this.clock.now());
      const { token, hash } = newLinkToken();
      survey.tokenHash = hash;
      await tx.manager.save(survey);
      return { survey, link: this.issuer.link(token) };
    });
  }
}

async function byToken(manager: EntityManager, token: string, lock = false): Promise<Survey> {
  const survey = await manager.findOne(Survey, {
    where: { tokenHash: tokenHash(token) },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!survey) throw noSuchSurvey();
  return survey;
}
