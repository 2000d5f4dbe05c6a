import { Catch } from '@nestjs/common';
import { Problem, ProblemFilter, statusOf } from '@freight/platform';
import type { FastifyRequest } from 'fastify';
import { AuditTrail } from '../audit/audit-trail';
import { OutOfBranchScope } from './gateway.errors';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The platform's problem+json answers, after the audit records the failure: denials (401, 403,
 * another branch's record) and failed changes (R41: every change is audited, refused ones too).
 */
@Catch()
export class AuditedProblemFilter extends ProblemFilter {
  constructor(private readonly audit: AuditTrail) {
    super();
  }

  protected override async afterProblem(
    request: FastifyRequest,
    error: unknown,
    _problem: Problem,
  ) {
    // The caller still gets its answer; a missing audit row is an operational alarm.
    await this.recordInAudit(request, error).catch((auditError: unknown) =>
      this.logger.error({ err: auditError, msg: 'audit record could not be written' }),
    );
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
