import { DomainError } from '@freight/platform';

// The refusals of deadlines (R39): HTTP 404/409/422 problem+json, or, on scheduler.requests,
// the DLQ at once with reason `refused` and this message.

export class DeadlineNotFoundError extends DomainError {
  constructor(readonly deadlineId: string) {
    super(404, 'not-found', `no deadline ${deadlineId}`);
  }
}

/** The id is taken by a deadline armed with different content: ids are never reused. */
export class DeadlineConflictError extends DomainError {
  constructor(readonly deadlineId: string) {
    super(
      409,
      'deadline-id-taken',
      `deadline ${deadlineId} is already armed with different content; choose a new id`,
    );
  }
}

/** move / pause / resume of a deadline that was completed or cancelled. */
export class DeadlineClosedError extends DomainError {
  constructor(
    readonly deadlineId: string,
    readonly state: string,
  ) {
    super(409, 'deadline-closed', `deadline ${deadlineId} is ${state}`);
  }
}

/** A ladder that cannot climb: levels not 1, 2, 3 … or offsets that go down. */
export class InvalidLadderError extends DomainError {
  constructor(reason: string) {
    super(422, 'invalid-ladder', `invalid escalation ladder: ${reason}`);
  }
}
