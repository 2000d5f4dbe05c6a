import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NotFoundProblem, type Tx } from '@freight/platform';
import type { Approval } from '../approvals/approval.entity';
import { Approvals } from '../approvals/approvals';
import { DeadlineActions, type Escalation } from '../escalations/deadline-actions';
import { GateSubjects } from '../gate/gate-subjects';
import { alert } from '../shared/alerts';
import { FormStateConflict } from '../shared/form-state';
import { EntrustedRequisition, outstandingOf } from './entrusted-requisition.entity';
import { MONTH_LEVELS, monthDeadlineId, yearEndDeadlineId } from './entrusted.deadlines';
import { decidedOnForm, passOnForm } from '../shared/form-followups';
import { saveForm } from '../shared/form.entity';

/** An entrusted requisition outside its desk: the approver (批准人), the gate pass, its months. */
@Injectable()
export class EntrustedFollowUps implements OnModuleInit {
  constructor(
    private readonly approvals: Approvals,
    private readonly gate: GateSubjects,
    private readonly deadlines: DeadlineActions,
  ) {}

  onModuleInit(): void {
    this.approvals.onDecision(['entrusted-processing'], {
      decided: (a, tx) => this.decided(a, tx),
    });
    this.gate.on('entrusted-requisition', {
      passFor: async (tx, id, branch) => {
        const r = await tx.manager.findOneBy(EntrustedRequisition, { id });
        if (!r || r.branch !== branch)
          throw new NotFoundProblem(`no entrusted requisition ${id} in ${branch}`);
        if (r.status !== 'awaiting-gate-pass')
          throw new FormStateConflict(r.id, r.status, 'issue a gate pass');
        return {
          basis: 'processing',
          lines: r.lines.map((l) => ({ itemCode: l.itemCode, quantity: l.quantity })),
        };
      },
      passIssued: (tx, id, pass, by, at) =>
        passOnForm(
          tx,
          EntrustedRequisition,
          id,
          pass,
          by,
          at,
          (r) => (r.status = 'ready-to-issue'),
        ),
    });
    this.deadlines.on('entrusted-requisition', { escalated: (e, tx) => this.escalated(e, tx) });
  }

  private async decided(approval: Approval, tx: Tx) {
    await decidedOnForm(tx, EntrustedRequisition, approval, (r, approved) => {
      r.status = approved ? 'awaiting-gate-pass' : 'rejected';
      r.approver = approval.decidedBy;
    });
  }

  /** R34: a month, two months, year end — marked on the requisition and reported at once. */
  private async escalated(e: Escalation, tx: Tx) {
    const r = await tx.lock(EntrustedRequisition, { id: e.subject.id });
    if (r.status !== 'at-processor') return;
    const mark =
      e.deadlineId === yearEndDeadlineId(r.id)
        ? 'year-end'
        : e.deadlineId === monthDeadlineId(r.id) && e.level === MONTH_LEVELS.twoMonths
          ? 'two-months'
          : 'month';
    if (mark === 'year-end' && r.processorConfirmation) return;
    r.overdue = [...new Set([...r.overdue, mark])];
    await saveForm(tx, r);
    const out = r.lines
      .filter((l) => outstandingOf(l) > 0)
      .map((l) => `${outstandingOf(l)} ${l.unit} ${l.itemCode}`)
      .join(', ');
    const titles = {
      month: `${r.id}: material not back from ${r.processor} within the month (${out})`,
      'two-months': `${r.id}: past two months at ${r.processor} (${out}) — losses are borne by the person responsible (R38 4.6)`,
      'year-end': `${r.id}: not all back by year end — get ${r.processor}'s written confirmation (${out})`,
    };
    await alert(tx, {
      alertId: `${e.deadlineId}:level-${e.level}`,
      rule: 'R34',
      kind: `entrusted-${mark}`,
      subject: { type: 'entrusted-requisition', id: r.id, branch: r.branch },
      roles:
        mark === 'month'
          ? ['workshop-director', 'warehouse-keeper']
          : ['general-manager', 'workshop-director'],
      title: titles[mark],
      raisedAt: e.raisedAt,
    });
  }
}
