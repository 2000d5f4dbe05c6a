import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import { staffRefOf, type ActorRef } from '../shared/actor';
import { monthRange } from '../shared/calendar';
import { StarCandidate, StarElection, StarVote } from './star.entities';
import { ElectionClosed, MonthNotOver, NoVotes } from './star.errors';
import { tally, winnerOf } from './star.rules';

/**
 * R22: once the month is over the branch closes the vote; the star is recorded and published
 * (source 5.4: shown on the wall and reported to HQ personnel).
 */
@Injectable()
export class CloseElectionHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(branch: string, month: string, actor: ActorRef): Promise<StarElection> {
    return this.transactions.run(async (tx) => {
      const { manager } = tx;
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `star:${branch}:${month}`,
      ]);
      if (await manager.findOneBy(StarElection, { branch, month }))
        throw new ElectionClosed(branch, month);
      const now = this.clock.now();
      if (now < monthRange(month).to) throw new MonthNotOver(month);
      const candidates = await manager.findBy(StarCandidate, { branch, month });
      const winner = winnerOf(tally(candidates, await manager.findBy(StarVote, { branch, month })));
      if (!winner) throw new NoVotes(month);
      const election = manager.create(StarElection, {
        branch,
        month,
        winner: winner.candidate.id,
        staffVotes: winner.staffVotes,
        customerVotes: winner.customerVotes,
        closedAt: now,
        closedBy: actor.username,
      });
      await manager.insert(StarElection, election);
      await tx.publish({
        type: 'complaint.star.elected',
        data: {
          month,
          branch,
          winner: { username: winner.candidate.username, name: winner.candidate.name },
          staffVotes: winner.staffVotes,
          customerVotes: winner.customerVotes,
          closedAt: now.toISOString(),
          closedBy: staffRefOf(actor),
        },
      });
      return election;
    });
  }
}
