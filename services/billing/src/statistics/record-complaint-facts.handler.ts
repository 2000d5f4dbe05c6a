import { Injectable } from '@nestjs/common';
import { complaintComplaintRegisteredV1, complaintSurveyAnsweredV1 } from '@freight/contracts';
import type { EventOf } from '@freight/messaging';
import { Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { monthOf, periodDate } from '../shared/month.rules';

type Registered = EventOf<typeof complaintComplaintRegisteredV1>['data'];
type Answered = EventOf<typeof complaintSurveyAnsweredV1>['data'];

/**
 * What R26 counts of the complaint desk: complaints registered (complaint rate) and survey
 * scores (satisfaction), each in the month (China time) it happened. Known ids are skipped.
 */
@Injectable()
export class RecordComplaintFactsHandler {
  constructor(private readonly transactions: Transactions) {}

  registered(c: Registered, manager?: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      await tx.manager.query(
        `INSERT INTO complaint_fact (complaint_id, branch, customer_id, month, registered_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [
          c.complaintId,
          c.branch,
          c.customerId ?? null,
          periodDate(monthOf(c.registeredAt)),
          c.registeredAt,
        ],
      );
    }, manager);
  }

  answered(s: Answered, manager?: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      await tx.manager.query(
        `INSERT INTO survey_fact (survey_id, branch, month, score, answered_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [s.surveyId, s.branch, periodDate(monthOf(s.answeredAt)), s.score, s.answeredAt],
      );
    }, manager);
  }
}
