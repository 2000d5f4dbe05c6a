import { listQuery } from '@freight/contracts';
import { decodeCursor, Page, pageOf } from '@freight/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';

const OUTCOMES = ['succeeded', 'denied', 'failed'] as const;

export const auditQuery = listQuery(['at'], '-at', {
  actor: z.string().max(100).optional().describe('username of the actor'),
  outcome: z.enum(OUTCOMES).optional(),
  action: z.string().max(200).optional().describe('e.g. "POST /api/v1/admin/users"'),
  target: z.string().max(200).optional(),
  correlationId: z.string().max(128).optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('at or after (ISO 8601)'),
  to: z.iso.datetime({ offset: true }).optional().describe('before (ISO 8601)'),
});

/** One audit record as `GET /api/v1/audit` answers it (issue 5, item 5). */
export const auditRecordView = z.object({
  id: z.string(),
  at: z.iso.datetime().describe('UTC'),
  actor: z
    .object({
      id: z.string().nullable(),
      username: z.string().nullable(),
      role: z.string().nullable(),
      branch: z.string().nullable(),
    })
    .describe('null fields: the caller was not signed in'),
  action: z.string().describe('e.g. "POST /api/v1/admin/users"'),
  target: z.string().nullable(),
  outcome: z.enum(OUTCOMES),
  status: z.number().int().describe('the HTTP status answered'),
  reason: z.string().nullable().describe('why it was denied or failed'),
  correlationId: z.string(),
});
export type AuditRecordView = z.output<typeof auditRecordView>;

const FILTER_COLUMNS = {
  actor: 'actor_name',
  outcome: 'outcome',
  action: 'action',
  target: 'target',
  correlationId: 'correlation_id',
} as const;

/** Reads the trail; ordered by id (insertion order, which is time order), keyset-paged. */
@Injectable()
export class AuditQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: z.output<typeof auditQuery>): Promise<Page<AuditRecordView>> {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      args.push(value);
      where.push(sql.replace('?', `$${args.length}`));
    };
    for (const [field, column] of Object.entries(FILTER_COLUMNS)) {
      const value = query[field as keyof typeof FILTER_COLUMNS];
      if (value !== undefined) add(`${column} = ?`, value);
    }
    if (query.from) add('at >= ?', query.from);
    if (query.to) add('at < ?', query.to);
    const descending = query.sort.startsWith('-');
    if (query.cursor)
      add(descending ? 'id < ?' : 'id > ?', decodeCursor(query.cursor, z.string().regex(/^\d+$/)));
    args.push(query.limit + 1);
    const rows: Row[] = await this.dataSource.query(
      `SELECT id::text, at, actor_id, actor_name, actor_role, actor_branch, action, target, outcome,
              status, reason, correlation_id
       FROM audit_record ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY id ${descending ? 'DESC' : 'ASC'} LIMIT $${args.length}`,
      args,
    );
    return pageOf(rows, query.limit, toView, (row) => row.id);
  }
}

interface Row {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  actor_branch: string | null;
  action: string;
  target: string | null;
  outcome: (typeof OUTCOMES)[number]; // audit_record.outcome is checked against these
  status: number;
  reason: string | null;
  correlation_id: string;
}

function toView(row: Row): AuditRecordView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: {
      id: row.actor_id,
      username: row.actor_name,
      role: row.actor_role,
      branch: row.actor_branch,
    },
    action: row.action,
    target: row.target,
    outcome: row.outcome,
    status: row.status,
    reason: row.reason,
    correlationId: row.correlation_id,
  };
}
