import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { DataSource } from 'typeorm';
import type { ComplaintHttp } from '@freight/contracts';
import { NotFoundProblem } from '@freight/platform';
import { StarCandidate, StarElection, StarVote } from './star.entities';
import { tally } from './star.rules';

type ResultView = z.input<typeof ComplaintHttp.starResultView>;

export const candidateView = (c: StarCandidate) => ({
  id: c.id,
  month: c.month,
  branch: c.branch,
  staff: { username: c.username, name: c.name },
  reason: c.reason,
  nominatedBy: c.nominatedBy,
  nominatedAt: c.nominatedAt.toISOString(),
});

/** R22: candidates, the month's tallies per branch, and the history of stars. */
@Injectable()
export class StarQueries {
  constructor(private readonly dataSource: DataSource) {}

  async candidates(month: string, branch?: string) {
    const rows = await this.dataSource.manager.find(StarCandidate, {
      where: { month, ...(branch ? { branch } : {}) },
      order: { branch: 'ASC', nominatedAt: 'ASC' },
    });
    return { items: rows.map(candidateView) };
  }

  async candidateById(id: string) {
    const candidate = await this.dataSource.manager.findOneBy(StarCandidate, { id });
    if (!candidate) throw new NotFoundProblem(`no candidate ${id}`);
    return candidate;
  }

  async results(month: string, branch?: string) {
    const manager = this.dataSource.manager;
    const where = { month, ...(branch ? { branch } : {}) };
    const [candidates, votes, elections] = await Promise.all([
      manager.find(StarCandidate, { where, order: { nominatedAt: 'ASC' } }),
      manager.find(StarVote, { where }),
      manager.find(StarElection, { where }),
    ]);
    const branches = [...new Set(candidates.map((c) => c.branch))].sort();
    return {
      items: branches.map((b) =>
        this.result(
          month,
          b,
          candidates.filter((c) => c.branch === b),
          votes.filter((v) => v.branch === b),
          elections.find((e) => e.branch === b) ?? null,
        ),
      ),
    };
  }

  /** Every elected star, newest month first. */
  async winners(branch?: string) {
    const elections = await this.dataSource.manager.find(StarElection, {
      where: branch ? { branch } : {},
      order: { month: 'DESC', branch: 'ASC' },
      take: 120,
    });
    const items: ResultView[] = [];
    for (const e of elections) items.push(...(await this.results(e.month, e.branch)).items);
    return { items };
  }

  private result(
    month: string,
    branch: string,
    candidates: StarCandidate[],
    votes: StarVote[],
    election: StarElection | null,
  ): ResultView {
    const tallies = tally(candidates, votes);
    const winner = election ? candidates.find((c) => c.id === election.winner) : undefined;
    return {
      month,
      branch,
      state: election ? 'closed' : 'open',
      candidates: tallies.map((t) => ({
        id: t.candidate.id,
        staff: { username: t.candidate.username, name: t.candidate.name },
        staffVotes: t.staffVotes,
        customerVotes: t.customerVotes,
        total: t.total,
      })),
      winner: winner ? { username: winner.username, name: winner.name } : null,
      closedAt: election?.closedAt.toISOString() ?? null,
    };
  }
}
