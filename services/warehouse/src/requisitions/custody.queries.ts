import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { qtyNumber } from '../shared/amounts';

/** R36: what each workshop holds in custody, and its month-end reports (主要材料领用明细). */
@Injectable()
export class CustodyQueries {
  constructor(private readonly dataSource: DataSource) {}

  async holdings(q: { branch?: string; workshop?: string }) {
    const rows: {
      branch: string;
      workshop: string;
      item_code: string;
      quantity: string;
      value_minor: string;
      month: string;
      reported: boolean;
    }[] = await this.dataSource.query(
      `SELECT c.*, EXISTS (SELECT 1 FROM custody_report r WHERE r.branch = c.branch AND r.workshop = c.workshop AND r.month = c.month) AS reported
           FROM workshop_custody c
          WHERE ($1::text IS NULL OR c.branch = $1) AND ($2::text IS NULL OR c.workshop = $2)
          ORDER BY c.branch, c.workshop, c.item_code`,
      [q.branch ?? null, q.workshop ?? null],
    );
    return {
      items: rows.map((r) => ({
        branch: r.branch,
        workshop: r.workshop,
        itemCode: r.item_code,
        quantity: qtyNumber(r.quantity),
        valueMinor: Number(r.value_minor),
        month: r.month,
        virtualReturnDue: !r.reported,
      })),
    };
  }

  async reports(q: { branch?: string; month?: string }) {
    const rows: {
      id: string;
      branch: string;
      workshop: string;
      month: string;
      reported_by: string;
      booked_by: unknown;
      booked_at: Date;
      return_date: string;
      reissue_date: string;
      lines: unknown;
    }[] = await this.dataSource.query(
      `SELECT id, branch, workshop, month, reported_by, booked_by, booked_at,
                to_char(return_date, 'YYYY-MM-DD') AS return_date, to_char(reissue_date, 'YYYY-MM-DD') AS reissue_date, lines
           FROM custody_report WHERE ($1::text IS NULL OR branch = $1) AND ($2::text IS NULL OR month = $2)
          ORDER BY month DESC, branch, workshop LIMIT 500`,
      [q.branch ?? null, q.month ?? null],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        branch: r.branch,
        workshop: r.workshop,
        month: r.month,
        reportedBy: r.reported_by,
        bookedBy: r.booked_by,
        bookedAt: r.booked_at.toISOString(),
        returnDate: r.return_date,
        reissueDate: r.reissue_date,
        lines: r.lines,
      })),
    };
  }
}
