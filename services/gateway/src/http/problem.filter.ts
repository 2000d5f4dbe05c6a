import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditTrail } from '../audit/audit-trail';
import { OutOfBranchScope, PROBLEM_CONTENT_TYPE } from './problem';
import { problemFrom, statusOf } from './problem.mapping';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every error of every route leaves here as application/problem+json (RFC 9457), after the
 * audit records it: denials (401, 403, another branch's record) and failed changes.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(private readonly audit: AuditTrail) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = problemFrom(error, request.url, request.correlationId);
    if (problem.status >= 500) this.logger.error({ err: error, msg: 'request failed' });
    await this.recordInAudit(request, error).catch((auditError: unknown) =>
      // The caller still gets its answer; the missing audit row is an operational alarm.
      this.logger.error({ err: auditError, msg: 'audit record could not be written' }),
    );
    await reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private async recordInAudit(request: FastifyRequest, error: unknown): Promise<void> {
    const status = statusOf(error);
    const reason = (error as { reason?: string }).reason;
    if (error instanceof OutOfBranchScope) {
      return this.audit.record(request, { outcome: 'denied', status, reason: 'other-branch' });
    }
    if (status === 401 || status === 403) {
      return this.audit.record(request, { outcome: 'denied', status, reason });
    }
    if (CHANGES.has(request.method) && status !== 429) {
      return this.audit.record(request, { outcome: 'failed', status, reason });
    }
  }
}
