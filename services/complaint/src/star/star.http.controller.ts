import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import type { z } from 'zod';
import { branchCode, ComplaintHttp as Http } from '@freight/contracts';
import {
  Actor,
  CurrentActor,
  monthParam,
  uuidId,
  ValidBody,
  ValidParam,
  ValidQuery,
} from '@freight/platform';
import { actorRef } from '../shared/actor';
import { CastVoteHandler } from './cast-vote.handler';
import { CloseElectionHandler } from './close-election.handler';
import { IssueBallotHandler } from './issue-ballot.handler';
import { NominateCandidateHandler } from './nominate-candidate.handler';
import { candidateView, StarQueries } from './star.queries';

type Body<S extends z.ZodType> = z.output<S>;

/** R22 for staff: nominate, vote, hand customers a ballot, close the month, read the results. */
@Controller()
export class StarHttpController {
  constructor(
    private readonly queries: StarQueries,
    private readonly nominate: NominateCandidateHandler,
    private readonly votes: CastVoteHandler,
    private readonly ballots: IssueBallotHandler,
    private readonly close: CloseElectionHandler,
  ) {}

  @Post('star-candidates')
  async nominated(
    @ValidBody(Http.starCandidateBody) body: Body<typeof Http.starCandidateBody>,
    @CurrentActor() actor: Actor,
  ) {
    return candidateView(await this.nominate.handle(body, actorRef(actor)));
  }

  @Get('star-candidates')
  candidates(@ValidQuery(Http.starMonthQuery) query: Body<typeof Http.starMonthQuery>) {
    return this.queries.candidates(query.month, query.branch);
  }

  @Get('star-candidates/:id')
  async candidate(@ValidParam('id', uuidId) id: string) {
    const found = await this.queries.candidateById(id);
    return candidateView(found);
  }

  @Post('star-candidates/:id/votes')
  async voted(
    @ValidParam('id', uuidId) id: string,
    @ValidBody(Http.starStaffVoteBody) _body: unknown,
    @CurrentActor() actor: Actor,
  ) {
    const vote = await this.votes.byStaff(id, actorRef(actor));
    return {
      month: vote.month,
      branch: vote.branch,
      candidateId: vote.candidateId,
      voter: 'staff',
      votedAt: vote.votedAt.toISOString(),
    };
  }

  @Post('star-ballots')
  async ballot(@ValidBody(Http.starBallotBody) body: Body<typeof Http.starBallotBody>) {
    const { ballot, link } = await this.ballots.handle(body);
    return {
      id: ballot.id,
      month: ballot.month,
      branch: ballot.branch,
      customerId: ballot.customerId,
      link,
      expiresAt: ballot.expiresAt.toISOString(),
    };
  }

  @Get('star-results')
  results(@ValidQuery(Http.starMonthQuery) query: Body<typeof Http.starMonthQuery>) {
    return this.queries.results(query.month, query.branch);
  }

  @Get('star-winners')
  winners(@ValidQuery(Http.starWinnersQuery) query: Body<typeof Http.starWinnersQuery>) {
    return this.queries.winners(query.branch);
  }

  @Post('star-elections/:branch/:month/close')
  @HttpCode(200)
  async closed(
    @ValidParam('branch', branchCode) branch: string,
    @ValidParam('month', monthParam) month: string,
    @CurrentActor() actor: Actor,
  ) {
    await this.close.handle(branch, month, actorRef(actor));
    return (await this.queries.results(month, branch)).items[0];
  }
}
