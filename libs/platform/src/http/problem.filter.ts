import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem, PROBLEM_CONTENT_TYPE } from './problem';
import { problemFrom } from './problem.mapping';

/**
 * Every error of every route leaves as application/problem+json (RFC 9457): a DomainError with
 * its own type and status, a validation problem naming each field, anything unexpected as a
 * bare 500 (logged with the correlation id, never shown). PlatformModule installs it in every
 * service; the gateway extends it to audit denials (`afterProblem`).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  protected readonly logger = new Logger('Http');

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = problemFrom(error, request.url, request.correlationId || undefined);
    if (problem.status >= 500) this.logger.error({ err: error, msg: 'request failed' });
    await this.afterProblem(request, error, problem);
    await reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  /** A hook for what else must happen to a failed request before it is answered. */
  protected async afterProblem(
    _request: FastifyRequest,
    _error: unknown,
    _problem: Problem,
  ): Promise<void> {}
}
