import { ArgumentsHost, Catch } from '@nestjs/common';
import { ProblemFilter } from '@freight/platform';
import type { FastifyReply } from 'fastify';
import { SolverUnavailable } from './solver.errors';

/** problem+json as everywhere, plus `Retry-After` when the solver helper cannot answer now. */
@Catch()
export class SolverProblemFilter extends ProblemFilter {
  override async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    if (error instanceof SolverUnavailable)
      host
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header('retry-after', String(error.retryAfterSeconds));
    await super.catch(error, host);
  }
}
