import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { ActorRef } from '../shared/actor';
import { SurveyIssuer } from '../surveys/survey-issuer';
import { Complaint, CustomerOpinion } from './complaint.entity';
import { resolveComplaint } from './complaint.rules';
import { commitChange } from './complaint.store';
import type { ComplaintOutcome } from './register-complaint.handler';
import { surveyAbout } from './register-complaint.handler';

/** R18: the result and the customer's opinion; closed, with its satisfaction survey (R23). */
@Injectable()
export class ResolveComplaintHandler {
  constructor(
    private readonly transactions: Transactions,
    private readonly surveys: SurveyIssuer,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(
    id: string,
    resolution: { result: string; customerOpinion?: CustomerOpinion },
    actor: ActorRef,
    at?: Date,
  ): Promise<ComplaintOutcome> {
    return this.transactions.run(async (tx) => {
      const complaint = await tx.lock(Complaint, { id }, `complaint ${id}`);
      const now = at ?? this.clock.now();
      const change = resolveComplaint(complaint, resolution, actor, now);
      await commitChange(tx, change);
      const survey = await this.surveys.issue(tx.manager, surveyAbout(complaint), now);
      if (survey) await tx.publish(survey.events);
      return { complaint: change.complaint, survey };
    });
  }
}
