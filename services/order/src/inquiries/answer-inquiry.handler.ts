import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { StaffRef } from '../shared/staff';
import { Inquiry } from './inquiry.entity';
import {
  amendInquiry,
  callBack,
  decline,
  InquiryChange,
  InquiryPatch,
  reassign,
} from './inquiry.rules';

/**
 * The inquiry's other use cases, each one rule in one transaction (load → rule → save + events):
 * R3 the callback and the decline (answers that stop the clock), a branch manager's
 * reassignment, and what arrives after the call (R2 the MSDS, R19 importance).
 */
@Injectable()
export class AnswerInquiryHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  callBack(
    inquiryId: string,
    call: { outcome: string; reached: boolean },
    by: StaffRef,
    at?: Date,
  ) {
    return this.apply(inquiryId, (inquiry, now) => callBack(inquiry, call, by, now), at);
  }

  decline(inquiryId: string, reason: string, by: StaffRef, at?: Date) {
    return this.apply(inquiryId, (inquiry, now) => decline(inquiry, reason, by, now), at);
  }

  reassign(inquiryId: string, agent: StaffRef) {
    return this.apply(inquiryId, (inquiry) => reassign(inquiry, agent));
  }

  amend(inquiryId: string, patch: InquiryPatch) {
    return this.apply(inquiryId, (inquiry, now) => amendInquiry(inquiry, patch, now));
  }

  private apply(
    inquiryId: string,
    rule: (inquiry: Inquiry, now: Date) => InquiryChange,
    at?: Date,
  ): Promise<Inquiry> {
    const now = at ?? this.clock.now();
    return this.transactions.run(async (tx) => {
      const change = rule(await tx.lock(Inquiry, { inquiryId }, `inquiry ${inquiryId}`), now);
      await tx.manager.save(Inquiry, change.inquiry);
      await tx.publish(change.events);
      return change.inquiry;
    });
  }
}
