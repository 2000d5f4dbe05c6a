/** Domain errors of deadlines, mapped once: HTTP 404/409/422 problem+json, or the DLQ's reason. */
export class DeadlineNotFoundError extends Error {
  constructor(readonly deadlineId: string) {
    super(`no deadline ${deadlineId}`);
    this.name = 'DeadlineNotFoundError';
  }
}

/** The id is taken by a deadline armed with different content: ids are never reused. */
export class DeadlineConflictError extends Error {
  constructor(readonly deadlineId: string) {
    super(`deadline ${deadlineId} is already armed with different content; choose a new id`);
    this.name = 'DeadlineConflictError';
  }
}

/** move / pause / resume of a deadline that was completed or cancelled. */
export class DeadlineClosedError extends Error {
  constructor(
    readonly deadlineId: string,
    readonly state: string,
  ) {
    super(`deadline ${deadlineId} is ${state}`);
    this.name = 'DeadlineClosedError';
  }
}

/** A ladder that cannot climb: levels not 1, 2, 3 … or offsets that go down. */
export class InvalidLadderError extends Error {
  constructor(reason: string) {
    super(`invalid escalation ladder: ${reason}`);
    this.name = 'InvalidLadderError';
  }
}
