import { Injectable } from '@nestjs/common';
import type { Tx } from '@freight/platform';
import type { WarehouseFineReason } from '@freight/contracts';
import { nextFormNumber } from '../shared/form-numbers';
import type { Staff } from '../shared/staff';
import { monthOf } from '../shared/warehouse-time';
import { FineLine, fineLineView } from './fine-line.entity';
import { FINE_RULES, fineAmount } from './fine.rules';

export interface Assessment {
  branch: string;
  person: Staff;
  reason: WarehouseFineReason;
  subject: { type: string; id: string };
  /** the case, in a sentence; the clause's own words come first */
  explanation: string;
  /** `old-part-not-recovered` and losses: the amount of the case, fen */
  amountMinor?: number;
  /** once per source: a deadline level, a gate exit, a manager's entry */
  source: string;
  at: Date;
  /** the month the line counts in; the month of `at` when left out */
  month?: string;
  by: Staff | null;
}

/**
 * R38: records an assessment line and publishes it (`warehouse.fine.assessed`) in the caller's
 * transaction. The same source assesses once: a redelivered escalation fines nobody twice.
 */
@Injectable()
export class Fines {
  async assess(tx: Tx, a: Assessment): Promise<FineLine | null> {
    if (await tx.manager.existsBy(FineLine, { source: a.source })) return null;
    const rule = FINE_RULES[a.reason];
    const line = tx.manager.create(FineLine, {
      id: await nextFormNumber(tx.manager, 'FN', a.branch),
      branch: a.branch,
      month: a.month ?? monthOf(a.at),
      person: a.person,
      username: a.person.username,
      reason: a.reason,
      clause: rule.clause,
      measure: rule.measure,
      amountMinor: String(fineAmount(a.reason, a.amountMinor)),
      explanation: `${rule.says}. ${a.explanation}`,
      subjectType: a.subject.type,
      subjectId: a.subject.id,
      source: a.source,
      assessedAt: a.at,
      assessedBy: a.by,
    });
    const inserted: unknown[] = await tx.manager
      .createQueryBuilder()
      .insert()
      .into(FineLine)
      .values(line)
      .orIgnore()
      .returning('id')
      .execute()
      .then((r) => r.raw as unknown[]);
    if (inserted.length === 0) return null;
    const view = fineLineView(line);
    await tx.publish({
      type: 'warehouse.fine.assessed',
      branch: line.branch,
      data: {
        fineId: view.id,
        branch: view.branch,
        month: view.month,
        person: view.person,
        reason: view.reason,
        clause: view.clause,
        measure: view.measure,
        amountMinor: view.amountMinor,
        currency: 'CNY',
        explanation: view.explanation,
        subject: view.subject,
        assessedAt: view.assessedAt,
        assessedBy: view.assessedBy,
      },
    });
    return line;
  }
}
