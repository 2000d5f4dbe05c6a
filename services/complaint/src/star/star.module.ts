import { Module } from '@nestjs/common';
import { CastVoteHandler } from './cast-vote.handler';
import { CloseElectionHandler } from './close-election.handler';
import { IssueBallotHandler } from './issue-ballot.handler';
import { NominateCandidateHandler } from './nominate-candidate.handler';
import { PublicStarHttpController } from './public-star.http.controller';
import { StarHttpController } from './star.http.controller';
import { StarQueries } from './star.queries';

/** R22 service star of the month. */
@Module({
  controllers: [StarHttpController, PublicStarHttpController],
  providers: [
    StarQueries,
    NominateCandidateHandler,
    CastVoteHandler,
    IssueBallotHandler,
    CloseElectionHandler,
  ],
  exports: [NominateCandidateHandler, CastVoteHandler],
})
export class StarModule {}
