import { NotFoundProblem } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { monthOfPeriod } from '../shared/month.rules';
import { isoDate, oneOf } from '../shared/sql';
import type { StatementStatus } from './statement.errors';
import type { StatementRef } from './statement.deadlines';

export interface LockedStatement extends StatementRef {
  customerName: string;
  email: string | null;
  creditDays: number;
  periodDate: string;
  status: StatementStatus;
  lineCount: number;
  invoiceNo: string | null;
  sentAt: Date | null;
}

/** The statement row, locked until commit: two steps on one statement take turns. */
export async function lockStatement(manager: EntityManager, id: string): Promise<LockedStatement> {
  const row = await oneOf<{
    id: string;
    branch: string;
    customer_id: string;
    customer_name: string;
    email: string | null;
    credit_days: number;
    period: Date | string;
    status: StatementStatus;
    line_count: number;
    invoice_no: string | null;
    sent_at: Date | null;
  }>(manager, 'SELECT * FROM statement WHERE id = $1 FOR UPDATE', [id]);
  if (!row) throw new NotFoundProblem(`no statement ${id}`);
  const periodDate = isoDate(row.period);
  return {
    id: row.id,
    branch: row.branch,
    customerId: row.customer_id,
    customerName: row.customer_name,
    email: row.email,
    creditDays: row.credit_days,
    period: monthOfPeriod(periodDate),
    periodDate,
    status: row.status,
    lineCount: row.line_count,
    invoiceNo: row.invoice_no,
    sentAt: row.sent_at,
  };
}
