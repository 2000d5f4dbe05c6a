import { Injectable } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { NotFoundProblem } from '@freight/platform';
import { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { invoiceStatus, openMinor } from '../invoices/invoice.rules';
import { fen, lineMoney } from '../shared/money.rules';
import { listPage } from '../shared/paging';
import { iso, isoDate, oneOf, rowsOf } from '../shared/sql';
import type { StatementStatus } from './statement.errors';

type Summary = z.output<typeof BillingHttp.statementSummary>;
type Detail = z.output<typeof BillingHttp.statementView>;
type Line = Detail['lines'][number];
type Query = z.output<typeof BillingHttp.statementsQuery>;

// A draft's figures are live (its lines are its customer's charges of the period, decision
// 0071); from the check on they are the statement's own.
const SUMMARY = `
  SELECT s.*, to_char(s.period, 'YYYY-MM') AS month,
         CASE WHEN s.status = 'draft' THEN d.line_count ELSE s.line_count END AS lines,
         CASE WHEN s.status = 'draft' THEN d.net ELSE s.net_minor END AS net,
         CASE WHEN s.status = 'draft' THEN d.tax ELSE s.tax_minor END AS tax,
         (SELECT count(*)::int FROM statement_line l
           WHERE l.statement_id = s.id AND l.dispute_outcome IS NOT NULL) AS disputed,
         i.total_minor, i.credited_minor, i.paid_minor
    FROM statement s
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS line_count, COALESCE(sum(c.amount_minor), 0) AS net,
             COALESCE(sum(c.tax_minor), 0) AS tax
        FROM charge_line c
       WHERE s.status = 'draft' AND c.customer_id = s.customer_id
         AND c.billing_period = s.period AND c.statement_id IS NULL) d ON TRUE
    LEFT JOIN invoice i ON i.invoice_no = s.invoice_no`;

export interface StatementRow {
  id: string;
  branch: string;
  customer_id: string;
  customer_name: string;
  email: string | null;
  credit_days: number;
  period: Date | string;
  month: string;
  status: StatementStatus;
  lines: number;
  net: string;
  tax: string;
  disputed: number;
  drafted_at: Date;
  checked_at: Date | null;
  sent_at: Date | null;
  answered_at: Date | null;
  answered_by: string | null;
  answer_note: string | null;
  link_expires_at: Date | null;
  invoice_no: string | null;
  escalation: Detail['escalation'];
  total_minor: string | null;
  credited_minor: string | null;
  paid_minor: string | null;
}

export function summaryOf(row: StatementRow): Summary {
  const net = Number(row.net);
  const tax = Number(row.tax);
  const invoice =
    row.invoice_no && row.total_minor !== null
      ? {
          total: Number(row.total_minor),
          credited: Number(row.credited_minor),
          paid: Number(row.paid_minor),
        }
      : null;
  return {
    id: row.id,
    branch: row.branch,
    customer: { customerId: row.customer_id, name: row.customer_name },
    period: row.month,
    status: row.status,
    lineCount: row.lines,
    net: fen(net),
    tax: fen(tax),
    total: fen(net + tax),
    disputedLines: row.disputed,
    draftedAt: iso(row.drafted_at)!,
    checkedAt: iso(row.checked_at),
    sentAt: iso(row.sent_at),
    answeredAt: iso(row.answered_at),
    invoice: invoice
      ? {
          invoiceNo: row.invoice_no!,
          status: invoiceStatus(invoice),
          open: fen(openMinor(invoice)),
        }
      : null,
  };
}

@Injectable()
export class StatementQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(query: Query) {
    return listPage(
      this.dataSource,
      {
        select: SUMMARY.replace('SELECT s.*,', 'SELECT s.*, {page},'),
        filters: [
          ['s.branch = ?', query.branch],
          ['s.period = ?', query.period && `${query.period}-01`],
          ['s.status = ?', query.status],
          ['s.customer_id = ?', query.customerId],
        ],
        sortColumns: { period: 's.period', draftedAt: 's.drafted_at' },
        idColumn: 's.id',
        map: summaryOf,
      },
      query,
    );
  }

  async row(id: string, db: Pick<EntityManager, 'query'> = this.dataSource) {
    const row = await oneOf<StatementRow>(db, `${SUMMARY} WHERE s.id = $1`, [id]);
    if (!row) throw new NotFoundProblem(`no statement ${id}`);
    return row;
  }

  async detail(id: string, db: Pick<EntityManager, 'query'> = this.dataSource): Promise<Detail> {
    const row = await this.row(id, db);
    const [lines, mail, cod] = await Promise.all([
      this.lines(row, db),
      oneOf<{
        status: 'queued' | 'sent' | 'failed';
        to_address: string;
        attempts: number;
        sent_at: Date | null;
        last_error: string | null;
      }>(
        db,
        `SELECT status, to_address, attempts, sent_at, last_error FROM mail_job
          WHERE statement_id = $1 ORDER BY created_at DESC LIMIT 1`,
        [id],
      ),
      this.cod(row, db),
    ]);
    return {
      ...summaryOf(row),
      email: row.email,
      creditDays: row.credit_days,
      cod,
      mail: mail
        ? {
            status: mail.status,
            to: mail.to_address,
            attempts: mail.attempts,
            sentAt: iso(mail.sent_at),
            lastError: mail.last_error,
          }
        : null,
      answer: row.answered_by
        ? { by: row.answered_by, at: iso(row.answered_at)!, note: row.answer_note }
        : null,
      linkExpiresAt: iso(row.link_expires_at),
      escalation: row.escalation ?? null,
      lines,
    };
  }

  /** A draft's lines are live charges; a checked statement's are its own, numbered. */
  private async lines(row: StatementRow, db: Pick<EntityManager, 'query'>): Promise<Line[]> {
    const rows = await rowsOf<LineRow>(
      db,
      row.status === 'draft'
        ? `SELECT c.id AS line_id, NULL::int AS line_no, c.waybill_no, c.service_date::text,
                  c.code, c.description, c.amount_minor, c.tax_rate, c.tax_minor,
                  c.check_mark, c.check_note, c.checked_by, c.checked_at,
                  sh.pod_required, sh.pod_received_at, sh.delivered_at, NULL AS dispute_reason
             FROM charge_line c JOIN shipment sh USING (waybill_no)
            WHERE c.customer_id = $1 AND c.billing_period = $2 AND c.statement_id IS NULL
            ORDER BY c.service_date, c.waybill_no, c.seq`
        : `SELECT l.charge_line_id AS line_id, l.line_no, l.waybill_no, l.service_date::text,
                  l.code, l.description, l.amount_minor, l.tax_rate, l.tax_minor,
                  c.check_mark, c.check_note, c.checked_by, c.checked_at,
                  sh.pod_required, sh.pod_received_at, sh.delivered_at,
                  l.dispute_reason, l.dispute_raised_at, l.dispute_raised_by, l.dispute_outcome,
                  l.dispute_note, l.credit_note_no
             FROM statement_line l JOIN charge_line c ON c.id = l.charge_line_id
             JOIN shipment sh ON sh.waybill_no = l.waybill_no
            WHERE l.statement_id = $1
            ORDER BY l.line_no`,
      row.status === 'draft' ? [row.customer_id, row.period] : [row.id],
    );
    return rows.map((l) => lineOf(l, row.status === 'invoiced'));
  }

  private async cod(row: StatementRow, db: Pick<EntityManager, 'query'>) {
    const cod = await oneOf<{ shipments: number; amount: string }>(
      db,
      `SELECT count(*)::int AS shipments, COALESCE(sum(sh.cod_minor), 0) AS amount
         FROM shipment sh
        WHERE sh.cod_minor IS NOT NULL AND sh.waybill_no IN (
          SELECT waybill_no FROM charge_line
           WHERE customer_id = $1 AND (billing_period = $2 OR statement_id = $3))`,
      [row.customer_id, row.period, row.id],
    );
    return { shipments: cod?.shipments ?? 0, amount: fen(cod?.amount ?? 0) };
  }
}

interface LineRow {
  line_id: string;
  line_no: number | null;
  waybill_no: string;
  service_date: string;
  code: string;
  description: string;
  amount_minor: string;
  tax_rate: string;
  tax_minor: string;
  check_mark: 'matched' | 'excluded' | null;
  check_note: string | null;
  checked_by: { userId: string; username: string } | null;
  checked_at: Date | null;
  pod_required: boolean;
  pod_received_at: Date | null;
  delivered_at: Date | null;
  dispute_reason: string | null;
  dispute_raised_at?: Date;
  dispute_raised_by?: string;
  dispute_outcome?: 'open' | 'credited' | 'rejected';
  dispute_note?: string | null;
  credit_note_no?: string | null;
}

function lineOf(l: LineRow, invoiced: boolean): Line {
  return {
    lineId: l.line_id,
    lineNo: l.line_no,
    waybillNo: l.waybill_no,
    serviceDate: isoDate(l.service_date),
    code: l.code,
    description: l.description,
    ...lineMoney(l),
    pod: { required: l.pod_required, receivedAt: iso(l.pod_received_at) },
    deliveredAt: iso(l.delivered_at),
    check:
      l.check_mark && l.checked_by && l.checked_at
        ? { mark: l.check_mark, note: l.check_note, by: l.checked_by, at: iso(l.checked_at)! }
        : null,
    dispute: l.dispute_reason
      ? {
          reason: l.dispute_reason,
          raisedAt: iso(l.dispute_raised_at)!,
          raisedBy: l.dispute_raised_by!,
          outcome: l.dispute_outcome!,
          creditNoteNo: l.credit_note_no ?? null,
          note: l.dispute_note ?? null,
        }
      : null,
    invoiceLineNo: invoiced ? l.line_no : null,
  };
}
