import { DomainError } from '@freight/platform';

// The refusals of business calendars: each carries its HTTP status and problem type, and in a
// Kafka handler goes straight to the DLQ (reason `refused`).

export class CalendarNotFoundError extends DomainError {
  constructor(readonly code: string) {
    super(404, 'calendar-not-found', `no business calendar for branch ${code}`);
  }
}

export class CalendarExistsError extends DomainError {
  constructor(readonly code: string) {
    super(409, 'calendar-exists', `a calendar for ${code} exists already; PUT replaces it`);
  }
}

export class InvalidDurationError extends DomainError {
  constructor(readonly value: string) {
    super(
      422,
      'invalid-duration',
      `not an ISO 8601 duration: ${JSON.stringify(value)} (e.g. PT8H, PT30M, P1M)`,
    );
  }
}

/** A calendar with no working hour in ten years: no business-hours deadline can be counted on it. */
export class CalendarWithoutWorkingTimeError extends DomainError {
  constructor(readonly timeZone: string) {
    super(
      422,
      'calendar-without-working-time',
      `the calendar in ${timeZone} has no working time within ten years`,
    );
  }
}
