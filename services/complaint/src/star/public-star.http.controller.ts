import { Controller, Get, Post } from '@nestjs/common';
import type { z } from 'zod';
import { ComplaintHttp as Http } from '@freight/contracts';
import { ValidBody, ValidParam } from '@freight/platform';
import { CastVoteHandler } from './cast-vote.handler';

/** R22 for the customer: the ballot behind the link, and its one vote (no sign-in). */
@Controller('public/star-ballots')
export class PublicStarHttpController {
  constructor(private readonly votes: CastVoteHandler) {}

  @Get(':token')
  async form(@ValidParam('token', Http.publicToken) token: string) {
    const { ballot, candidates } = await this.votes.ballot(token);
    return {
      month: ballot.month,
      // what the customer needs to choose, nothing more (R22 public form)
      candidates: candidates.map((c) => ({ id: c.id, name: c.name ?? c.username })),
      expiresAt: ballot.expiresAt.toISOString(),
    };
  }

  @Post(':token')
  async vote(
    @ValidParam('token', Http.publicToken) token: string,
    @ValidBody(Http.publicVoteBody) body: z.output<typeof Http.publicVoteBody>,
  ) {
    const vote = await this.votes.byCustomer(token, body.candidateId);
    return {
      votedAt: vote.votedAt.toISOString(),
      thanks: '感谢您的投票！Thank you for your vote.',
    };
  }
}
