import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NotFoundProblem, type Tx } from '@freight/platform';
import type { Approval } from '../approvals/approval.entity';
import { Approvals } from '../approvals/approvals';
import { DeadlineActions, lapsedMonthOf, type Escalation } from '../escalations/deadline-actions';
import { Fines } from '../fines/fines';
import { GateSubjects } from '../gate/gate-subjects';
import { alert } from '../shared/alerts';
import { qtyNumber, yuan } from '../shared/amounts';
import { recordStep, saveForm } from '../shared/form.entity';
import { FormStateConflict } from '../shared/form-state';
import { localDate, monthOf } from '../shared/warehouse-time';
import { Replacement } from './replacement.entity';
import { OLD_PART_LEVELS, oldPartDeadlineId } from './returns.deadlines';
import { decidedOnForm, passOnForm } from '../shared/form-followups';

/** A replacement outside its desk: the general manager (R32), the gate pass, the old part's month (R38 4.4). */
@Injectable()
export class ReplacementFollowUps implements OnModuleInit {
  constructor(
    private readonly approvals: Approvals,
    private readonly gate: GateSubjects,
    private readonly deadlines: DeadlineActions,
    private readonly fines: Fines,
  ) {}

  onModuleInit(): void {
    this.approvals.onDecision(['after-sales-replacement'], {
      decided: (a, tx) => this.decided(a, tx),
    });
    this.gate.on('replacement', {
      passFor: async (tx, id, branch) => {
        const r = await tx.manager.findOneBy(Replacement, { id });
        if (!r || r.branch !== branch)
          throw new NotFoundProblem(`no replacement ${id} in ${branch}`);
        if (r.status !== 'ready-to-ship')
          throw new FormStateConflict(
            r.id,
            r.status,
            'issue a gate pass',
            r.status === 'awaiting-old-part'
              ? 'old for new: the old part comes back first (R32)'
              : 'the general manager has not approved it (R32)',
          );
        return {
          basis: 'after-sales',
          lines: [{ itemCode: r.itemCode, quantity: qtyNumber(r.quantity) }],
        };
      },
      passIssued: (tx, id, pass, by, at) => passOnForm(tx, Replacement, id, pass, by, at),
    });
    this.deadlines.on('replacement', { escalated: (e, tx) => this.escalated(e, tx) });
  }

  private async decided(approval: Approval, tx: Tx) {
    await decidedOnForm(tx, Replacement, approval, (r, approved) => {
      r.status = !approved ? 'rejected' : r.newGoesFirst ? 'ready-to-ship' : 'awaiting-old-part';
    });
  }

  /** R38 4.4: 10 when the month ends without the old part, the product's value a month later. */
  private async escalated(e: Escalation, tx: Tx) {
    const r = await tx.lock(Replacement, { id: e.subject.id });
    if (e.deadlineId !== oldPartDeadlineId(r.id) || r.oldPart.returnedAt) return;
    const month = monthOf(lapsedMonthOf(e));
    const value = Number(r.itemValueMinor);
    const shipped = `${r.id}: ${qtyNumber(r.quantity)} × ${r.itemCode} went to ${r.customer.name} on ${localDate(r.shippedAt!)} ahead of the old ${r.oldPart.itemCode}`;
    const base = {
      branch: r.branch,
      person: r.createdBy,
      subject: { type: 'replacement', id: r.id },
      at: new Date(e.raisedAt),
      month,
      by: null,
      source: `${e.deadlineId}:level-${e.level}`,
    };
    const line =
      e.level === OLD_PART_LEVELS.late
        ? await this.fines.assess(tx, {
            ...base,
            reason: 'old-part-late',
            explanation: `${shipped}; the old part was not back by the end of ${month}.`,
          })
        : e.level === OLD_PART_LEVELS.notRecovered
          ? await this.fines.assess(tx, {
              ...base,
              reason: 'old-part-not-recovered',
              amountMinor: value,
              explanation: `${shipped}; still not back at the end of ${month}: the product's value ${yuan(value)}.`,
            })
          : null;
    if (!line) return;
    r.fineIds = [...r.fineIds, line.id];
    recordStep(
      r,
      `fined-${line.reason}`,
      { userId: 'scheduler', username: 'scheduler', role: e.role },
      new Date(e.raisedAt),
      line.id,
    );
    await saveForm(tx, r);
    await alert(tx, {
      alertId: `${e.deadlineId}:level-${e.level}:fined`,
      rule: 'R38',
      kind: 'old-part-not-back',
      subject: { type: 'replacement', id: r.id, branch: r.branch },
      roles:
        e.level === OLD_PART_LEVELS.late
          ? ['sales', 'branch-manager']
          : ['sales', 'general-manager', 'finance'],
      title: `${r.createdBy.username}: old part of ${r.id} not back — ${yuan(Number(line.amountMinor))}`,
      raisedAt: e.raisedAt,
    });
  }
}
