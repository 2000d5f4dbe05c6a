import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CalendarWithoutWorkingTimeError } from '../calendars/business-calendar.rules';
import { InvalidDurationError } from '../calendars/calendar-offset.rules';
import { CalendarExistsError } from '../calendars/calendar.schemas';
import { CalendarNotFoundError } from '../calendars/calendar.store';
import {
  DeadlineClosedError,
  DeadlineConflictError,
  DeadlineNotFoundError,
  InvalidLadderError,
} from '../deadlines/deadline.errors';
import { PROBLEM_CONTENT_TYPE, ValidationProblem } from './problem';

// Domain errors mapped once (conventions.md): the slug names the problem type.
const DOMAIN_PROBLEMS: [new (...args: never[]) => Error, number, string][] = [
  [DeadlineNotFoundError, 404, 'not-found'],
  [CalendarNotFoundError, 404, 'calendar-not-found'],
  [DeadlineConflictError, 409, 'deadline-id-taken'],
  [DeadlineClosedError, 409, 'deadline-closed'],
  [CalendarExistsError, 409, 'calendar-exists'],
  [InvalidLadderError, 422, 'invalid-ladder'],
  [InvalidDurationError, 422, 'invalid-duration'],
  [CalendarWithoutWorkingTimeError, 422, 'calendar-without-working-time'],
];

/** Every error of the scheduler's internal API leaves as application/problem+json (RFC 9457). */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = this.problemFrom(error);
    if (problem.status >= 500) this.logger.error({ err: error, msg: 'request failed' });
    await reply
      .status(problem.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send({ ...problem, instance: request.url });
  }

  private problemFrom(error: unknown) {
    if (error instanceof ValidationProblem)
      return {
        type: 'urn:freight:problem:validation',
        title: 'The request is not valid',
        status: 400,
        detail: error.message,
        errors: error.errors,
      };
    const known = DOMAIN_PROBLEMS.find(([type]) => error instanceof type);
    if (known) {
      const [, status, slug] = known;
      return {
        type: `urn:freight:problem:${slug}`,
        title: (error as Error).name,
        status,
        detail: (error as Error).message,
      };
    }
    if (error instanceof HttpException)
      return { type: 'about:blank', title: error.message, status: error.getStatus() };
    return { type: 'about:blank', title: 'Internal Server Error', status: 500 };
  }
}
