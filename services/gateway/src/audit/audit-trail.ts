import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

export type AuditOutcome = 'succeeded' | 'denied' | 'failed';

export interface AuditEntry {
  outcome: AuditOutcome;
  status: number;
  target?: string;
  reason?: string;
}

/**
 * R41 "every change is audited": writes one append-only row per change and per denied request.
 * Who, role and branch come from the verified token (or what a sign-in attempt named); the
 * action is the route pattern, so rows group by operation, not by id.
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly dataSource: DataSource) {}

  async record(request: FastifyRequest, entry: AuditEntry): Promise<void> {
    const who = request.principal;
    await this.dataSource.query(
      `INSERT INTO audit_record (actor_id, actor_name, actor_role, actor_branch, action, target,
                                 outcome, status, reason, correlation_id, client_ip)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        who?.userId ?? null,
        who?.username ?? request.auditActorName ?? null,
        who?.role ?? null,
        who?.branch ?? null,
        `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
        entry.target ?? targetOf(request),
        entry.outcome,
        entry.status,
        entry.reason ?? request.auditReason ?? null,
        request.correlationId,
        request.ip,
      ],
    );
  }
}

/** The record a request is about: what the route declared, else its `:id` path parameter. */
function targetOf(request: FastifyRequest): string | null {
  const params = request.params as Record<string, string> | undefined;
  return request.auditTarget ?? params?.id ?? null;
}
