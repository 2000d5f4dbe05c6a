import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { FineLine } from './fine-line.entity';
import { fineLineView } from './fine.view';
import { CURRENCY } from './fine.rules';
import { FinesLedger } from './fines-ledger';

/** R21: a month's fines for the general manager and HQ (one branch's for its manager). */
@Injectable()
export class FinesQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: FinesLedger,
  ) {}

  async month(month: string, branch?: string) {
    const lines = await this.dataSource.manager.find(FineLine, {
      where: { month, state: In(['issued', 'waived']), ...(branch ? { branch } : {}) },
      order: { branch: 'ASC', issuedAt: 'ASC', id: 'ASC' },
    });
    const totals = new Map<string, { amount: number; lines: number }>();
    for (const line of lines) {
      const total = totals.get(line.branch) ?? { amount: 0, lines: 0 };
      total.lines += 1;
      if (line.state === 'issued') total.amount += line.assessedMinor;
      totals.set(line.branch, total);
    }
    return {
      month,
      items: lines.map(fineLineView),
      reviewFlags: await this.ledger.reviewFlags(this.dataSource.manager, month, branch),
      totals: [...totals].map(([b, t]) => ({
        branch: b,
        amount: { amountMinor: t.amount, currency: CURRENCY },
        lines: t.lines,
      })),
    };
  }
}
