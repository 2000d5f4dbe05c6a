import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, NotFoundProblem, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { ActorRef } from '../shared/actor';
import { tokenHash } from '../shared/link-token';
import { StarBallot, StarCandidate, StarElection, StarVote } from './star.entities';
import { AlreadyVoted, BallotExpired, ElectionClosed, NotACandidate } from './star.errors';

const noSuchBallot = () => new NotFoundProblem('no ballot behind this link');

/** R22: one vote per voter per month — staff signed in, customers through their ballot link. */
@Injectable()
export class CastVoteHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** A member of staff votes for a candidate of their branch's month. */
  byStaff(candidateId: string, actor: ActorRef, at?: Date): Promise<StarVote> {
    return this.transactions.run(async ({ manager }) => {
      const candidate = await manager.findOneBy(StarCandidate, { id: candidateId });
      if (!candidate) throw new NotFoundProblem(`no candidate ${candidateId}`);
      return this.record(manager, candidate, 'staff', actor.userId, at ?? this.clock.now());
    });
  }

  /** What the customer's link shows: 404 unknown, 410 expired, 409 voted or closed. */
  ballot(token: string): Promise<{ ballot: StarBallot; candidates: StarCandidate[] }> {
    return this.transactions.run(async ({ manager }) => {
      const ballot = await this.openBallot(manager, token);
      const candidates = await manager.find(StarCandidate, {
        where: { branch: ballot.branch, month: ballot.month },
        order: { nominatedAt: 'ASC' },
      });
      return { ballot, candidates };
    });
  }

  byCustomer(token: string, candidateId: string): Promise<StarVote> {
    return this.transactions.run(async ({ manager }) => {
      const ballot = await this.openBallot(manager, token);
      const candidate = await manager.findOneBy(StarCandidate, {
        id: candidateId,
        branch: ballot.branch,
        month: ballot.month,
      });
      if (!candidate) throw new NotACandidate();
      return this.record(manager, candidate, 'customer', ballot.customerId, this.clock.now());
    });
  }

  private async openBallot(manager: EntityManager, token: string): Promise<StarBallot> {
    const ballot = await manager.findOneBy(StarBallot, { tokenHash: tokenHash(token) });
    if (!ballot) throw noSuchBallot();
    if (this.clock.now() >= ballot.expiresAt) throw new BallotExpired(ballot.expiresAt);
    await this.mustBeOpen(manager, ballot.branch, ballot.month);
    const voted = await manager.findOneBy(StarVote, {
      branch: ballot.branch,
      month: ballot.month,
      voterKind: 'customer',
      voter: ballot.customerId,
    });
    if (voted) throw new AlreadyVoted(ballot.month);
    return ballot;
  }

  private async mustBeOpen(manager: EntityManager, branch: string, month: string) {
    if (await manager.findOneBy(StarElection, { branch, month }))
      throw new ElectionClosed(branch, month);
  }

  private async record(
    manager: EntityManager,
    candidate: StarCandidate,
    voterKind: 'staff' | 'customer',
    voter: string,
    now: Date,
  ): Promise<StarVote> {
    const { branch, month } = candidate;
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`star:${branch}:${month}`]);
    await this.mustBeOpen(manager, branch, month);
    const vote = manager.create(StarVote, {
      branch,
      month,
      voterKind,
      voter,
      candidateId: candidate.id,
      votedAt: now,
    });
    // the key is (branch, month, kind, voter): a second vote finds the first
    const inserted = await manager.query(
      `INSERT INTO star_vote (branch, month, voter_kind, voter, candidate_id, voted_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING voter`,
      [branch, month, voterKind, voter, candidate.id, now],
    );
    if (inserted.length === 0) throw new AlreadyVoted(month);
    return vote;
  }
}
