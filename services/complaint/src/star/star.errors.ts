import { DomainError } from '@freight/platform';

export class AlreadyVoted extends DomainError {
  constructor(month: string) {
    super(
      409,
      'already-voted',
      `you have voted for the service star of ${month}: one vote per month`,
    );
  }
}

export class ElectionClosed extends DomainError {
  constructor(branch: string, month: string) {
    super(409, 'election-closed', `the service star of ${branch} for ${month} has been elected`);
  }
}

export class MonthNotOver extends DomainError {
  constructor(month: string) {
    super(409, 'month-not-over', `the vote for ${month} stays open until the month is over`);
  }
}

export class NoVotes extends DomainError {
  constructor(month: string) {
    super(409, 'no-votes', `nobody has been voted for in ${month}: there is no star to elect`);
  }
}

export class AlreadyNominated extends DomainError {
  constructor(username: string, month: string) {
    super(409, 'already-nominated', `${username} is a candidate for ${month} already`);
  }
}

export class BallotExpired extends DomainError {
  constructor(expiresAt: Date) {
    super(410, 'ballot-expired', `this ballot closed on ${expiresAt.toISOString()}`, {
      title: 'Ballot closed',
    });
  }
}

export class NotACandidate extends DomainError {
  constructor() {
    super(422, 'not-a-candidate', 'that is not one of the month’s candidates', {
      errors: [{ field: 'candidateId', message: 'not a candidate of this ballot’s month' }],
    });
  }
}
