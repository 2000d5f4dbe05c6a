import { Injectable } from '@nestjs/common';
import type { EventData } from '@freight/contracts';
import { Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { Inquiry } from './inquiry.entity';
import { recordEscalation } from './inquiry.rules';

/**
 * R3: a level of an inquiry's 8-hour ladder lapsed — recorded on the inquiry (its list shows
 * who was told, and the branch manager reassigns from there). In the consumer's transaction,
 * with its inbox row; an inquiry this database does not hold is skipped (another
 * environment's subject on a shared topic), as is a level already recorded.
 */
@Injectable()
export class RecordInquiryEscalationHandler {
  constructor(private readonly transactions: Transactions) {}

  handle(
    escalation: EventData<'scheduler.escalation.raised'>,
    manager: EntityManager,
  ): Promise<void> {
    return this.transactions.run(async (tx) => {
      const inquiry = await tx.manager.findOne(Inquiry, {
        where: { inquiryId: escalation.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      const next = inquiry && recordEscalation(inquiry, escalation);
      if (next) await tx.manager.save(Inquiry, next);
    }, manager);
  }
}
