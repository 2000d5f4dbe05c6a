import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, InjectServiceConfig, Transactions } from '@freight/platform';
import type { ComplaintConfig } from '../config';
import { queueMail } from '../mail/mail-queue';
import { KnownCustomer } from '../read-models/known-customer.entity';
import { monthRange } from '../shared/calendar';
import { newLinkToken } from '../shared/link-token';
import { StarBallot, StarElection, StarVote } from './star.entities';
import { AlreadyVoted, ElectionClosed } from './star.errors';
import { BALLOT_GRACE_MS } from './star.rules';

/**
 * R22: a customer's ballot — a tokenised link, one per customer, branch and month (issued again,
 * the old link stops working; once they voted, 409). Mailed when the desk knows their e-mail.
 */
@Injectable()
export class IssueBallotHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: ComplaintConfig,
  ) {}

  handle(request: { month: string; branch: string; customerId: string }) {
    const { month, branch, customerId } = request;
    return this.transactions.run(async ({ manager }) => {
      if (await manager.findOneBy(StarElection, { branch, month }))
        throw new ElectionClosed(branch, month);
      if (
        await manager.findOneBy(StarVote, {
          branch,
          month,
          voterKind: 'customer',
          voter: customerId,
        })
      )
        throw new AlreadyVoted(month);
      const now = this.clock.now();
      const { token, hash } = newLinkToken();
      const existing = await manager.findOneBy(StarBallot, { branch, month, customerId });
      const ballot = Object.assign(existing ?? new StarBallot(), {
        id: existing?.id ?? randomUUID(),
        month,
        branch,
        customerId,
        tokenHash: hash,
        issuedAt: now,
        expiresAt: new Date(monthRange(month).to.getTime() + BALLOT_GRACE_MS),
      });
      await manager.save(StarBallot, ballot);
      const link = `${this.config.PUBLIC_LINK_BASE}/star-ballots/${token}`;
      const customer = await manager.findOneBy(KnownCustomer, { customerId });
      if (this.config.SMTP_URL && customer?.email)
        await queueMail(
          manager,
          {
            to: customer.email,
            subject: `请投票评选 ${month} 服务之星 Vote for our service star of ${month}`,
            text: `尊敬的客户：请选出本月为您服务最好的员工。\nPlease vote for the member of staff who served you best this month:\n${link}`,
          },
          now,
        );
      return { ballot, link };
    });
  }
}
