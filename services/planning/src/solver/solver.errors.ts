import { DomainError } from '@freight/platform';

/**
 * The solver helper cannot answer now: it crashed and is being restarted, it is still starting,
 * or too many plans are waiting. Answered 503 with `Retry-After` (issue 25 item 8): the request
 * never hangs, and the caller knows when to try again.
 */
export class SolverUnavailable extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    why: string,
  ) {
    super(503, 'solver-unavailable', `${why}; try again in ${retryAfterSeconds} s`, {
      title: 'Planning solver unavailable',
    });
  }
}

/** The helper refused the problem (a bug of ours: the service builds every problem). */
export class SolverRefused extends Error {}
