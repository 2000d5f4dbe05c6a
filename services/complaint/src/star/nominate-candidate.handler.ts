import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { ActorRef } from '../shared/actor';
import { StarCandidate, StarElection } from './star.entities';
import { AlreadyNominated, ElectionClosed } from './star.errors';

/** R22: a branch manager (or HQ) nominates a member of staff for the month. */
@Injectable()
export class NominateCandidateHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(
    nomination: {
      month: string;
      branch: string;
      staff: { username: string; name?: string };
      reason: string;
    },
    actor: ActorRef,
    options: { id?: string } = {},
  ): Promise<StarCandidate> {
    const { month, branch, staff } = nomination;
    return this.transactions.run(async ({ manager }) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `star:${branch}:${month}`,
      ]);
      if (await manager.findOneBy(StarElection, { branch, month }))
        throw new ElectionClosed(branch, month);
      const existing = await manager.findOneBy(StarCandidate, {
        branch,
        month,
        username: staff.username,
      });
      if (existing && options.id === existing.id) return existing; // demo data again
      if (existing) throw new AlreadyNominated(staff.username, month);
      const candidate = manager.create(StarCandidate, {
        id: options.id ?? randomUUID(),
        month,
        branch,
        username: staff.username,
        name: staff.name ?? null,
        reason: nomination.reason,
        nominatedBy: actor.username,
        nominatedAt: this.clock.now(),
      });
      await manager.insert(StarCandidate, candidate);
      return candidate;
    });
  }
}
