import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import { Call } from '../calls/call.entity';
import { UnknownCall } from '../calls/call.errors';
import { complaintFromCall } from '../calls/call.rules';
import { loadDesk } from '../desk/desk.store';
import { identifyCaller } from '../read-models/customer-directory';
import type { ActorRef } from '../shared/actor';
import { SurveyIssuer, type IssuedSurvey } from '../surveys/survey-issuer';
import { Complaint } from './complaint.entity';
import { registerComplaint, type NewComplaint, type NewStep } from './complaint.rules';
import { commitChange, mustBeActiveCause, nextComplaintId } from './complaint.store';

export interface ComplaintOutcome {
  complaint: Complaint;
  survey: IssuedSurvey | null;
  /** for the answer to a registration: what the writer knew, so nothing is read again */
  registered?: { steps: NewStep[]; company: string | null };
}

/**
 * R17/R18/R19: register a complaint. Its 1-hour clock, the answer to the call it came in on and
 * the R19 alert commit with it; solved on the call, it is closed and its survey issued (R23).
 */
@Injectable()
export class RegisterComplaintHandler {
  constructor(
    private readonly transactions: Transactions,
    private readonly surveys: SurveyIssuer,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** `id` and `at` are for demo data (fixed ids, a month back); HTTP leaves them out. */
  handle(
    input: NewComplaint,
    actor: ActorRef,
    options: { id?: string; at?: Date } = {},
  ): Promise<ComplaintOutcome> {
    return this.transactions.run(async (tx) => {
      if (options.id) {
        const existing = await tx.manager.findOneBy(Complaint, { id: options.id });
        if (existing) return { complaint: existing, survey: null };
      }
      await mustBeActiveCause(tx.manager, input.cause);
      const now = options.at ?? this.clock.now();
      const call = input.callId
        ? await tx.manager.findOne(Call, {
            where: { id: input.callId, branch: input.branch },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (input.callId && !call) throw new UnknownCall(input.callId);
      const customer = await identifyCaller(tx.manager, {
        customerId: input.customerId ?? call?.customerId ?? undefined,
        phone: input.caller.phone ?? call?.callerPhone,
      });
      const change = registerComplaint(input, {
        id: options.id ?? (await nextComplaintId(tx.manager, input.branch)),
        actor,
        desk: await loadDesk(tx.manager, input.branch),
        customerId: customer?.customerId ?? null,
        now,
      });
      await commitChange(tx, change, true);
      if (call) {
        const answered = complaintFromCall(call, change.complaint.id, actor, now);
        await tx.manager.save(answered.call);
        await tx.publish(answered.events);
      }
      const survey = input.solvedOnCall
        ? await this.surveys.issue(tx.manager, surveyAbout(change.complaint), now)
        : null;
      if (survey) await tx.publish(survey.events);
      return {
        complaint: change.complaint,
        survey,
        registered: { steps: change.steps, company: customer?.company ?? null },
      };
    });
  }
}

/** R23: the survey after a closed complaint, counted for the agent who registered it. */
export function surveyAbout(c: Complaint) {
  return {
    branch: c.branch,
    about: { type: 'complaint' as const, id: c.id },
    round: c.round,
    customerId: c.customerId,
    agent: { userId: c.registeredBy.userId, username: c.registeredBy.username },
  };
}
