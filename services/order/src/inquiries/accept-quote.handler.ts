import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { StaffRef } from '../shared/staff';
import { Quote } from './quote.entity';
import { acceptQuote } from './quote.rules';

/** R3 → R4: the customer accepts the quote (once, while its price holds); an order may follow. */
@Injectable()
export class AcceptQuoteHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(quoteId: string, note: string | undefined, by: StaffRef, at?: Date): Promise<Quote> {
    const now = at ?? this.clock.now();
    return this.transactions.run(async (tx) => {
      const quote = acceptQuote(await tx.lock(Quote, { quoteId }, `quote ${quoteId}`), by, now);
      const accepted = {
        ...quote,
        note: note ? [quote.note, `accepted: ${note}`].filter(Boolean).join('\n') : quote.note,
      };
      await tx.manager.save(Quote, accepted);
      return accepted;
    });
  }
}
