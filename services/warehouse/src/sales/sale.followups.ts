import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NotFoundProblem, type Tx } from '@freight/platform';
import { Approvals } from '../approvals/approvals';
import type { Approval } from '../approvals/approval.entity';
import { DeadlineActions, lapsedMonthOf, type Escalation } from '../escalations/deadline-actions';
import { Fines } from '../fines/fines';
import type { GatePass } from '../gate/gate-pass.entity';
import { GateSubjects } from '../gate/gate-subjects';
import { alert } from '../shared/alerts';
import { yuan } from '../shared/amounts';
import { recordStep, saveForm } from '../shared/form.entity';
import type { Staff } from '../shared/staff';
import { localDate, monthOf } from '../shared/warehouse-time';
import {
  ISSUE_LIST_LEVELS,
  issueListDeadlineId,
  SETTLEMENT_LEVELS,
  settlementDeadlineId,
} from './sale.deadlines';
import { Sale } from './sale.entity';
import { checkSalePayment, type Payment } from './sale.rules';
import { decidedOnForm, passOnForm } from '../shared/form-followups';

/**
 * What happens to a sale outside its own desk: the general manager's price decision (R30),
 * finance's gate pass (R29), the gate (R29), and its lapsed deadlines (R33, R38 4.2 and 4.5).
 */
@Injectable()
export class SaleFollowUps implements OnModuleInit {
  constructor(
    private readonly approvals: Approvals,
    private readonly gate: GateSubjects,
    private readonly deadlines: DeadlineActions,
    private readonly fines: Fines,
  ) {}

  onModuleInit(): void {
    this.approvals.onDecision(['below-minimum-price'], {
      decided: (a, tx) => this.priceDecided(a, tx),
    });
    this.gate.on('sale', {
      passFor: (tx, id, branch, payment) => this.passFor(tx, id, branch, payment),
      passIssued: (tx, id, pass, by, at) => this.passIssued(tx, id, pass, by, at),
      leftTheGate: (tx, id, pass, at) => this.left(tx, id, pass, at),
    });
    this.deadlines.on('sale', { escalated: (e, tx) => this.escalated(e, tx) });
  }

  private async priceDecided(approval: Approval, tx: Tx) {
    await decidedOnForm(
      tx,
      Sale,
      approval,
      (sale, approved) => (sale.status = approved ? 'awaiting-gate-pass' : 'rejected'),
      `price-${approval.status}`,
    );
  }

  private async passFor(tx: Tx, id: string, branch: string, payment: Payment | undefined) {
    const sale = await tx.manager.findOneBy(Sale, { id });
    if (!sale || sale.branch !== branch) throw new NotFoundProblem(`no sale ${id} in ${branch}`);
    checkSalePayment(sale, payment);
    return {
      basis: payment!.kind,
      lines: sale.lines.map((l) => ({ itemCode: l.itemCode, quantity: l.quantity })),
    };
  }

  private passIssued(tx: Tx, id: string, pass: GatePass, by: Staff, at: Date) {
    return passOnForm(tx, Sale, id, pass, by, at, (sale) => (sale.status = 'gate-pass-issued'));
  }

  private async left(tx: Tx, id: string, pass: GatePass, at: Date) {
    const sale = await tx.lock(Sale, { id });
    sale.status = 'left-the-gate';
    sale.leftAt = at;
    // the guard who checked the pass out, as the pass's own trail has it
    const guard = pass.trail.findLast((step) => step.step === 'left-the-gate')?.by;
    recordStep(sale, 'left-the-gate', guard ?? pass.createdBy, at, pass.exitId ?? undefined);
    await saveForm(tx, sale);
  }

  private async escalated(e: Escalation, tx: Tx) {
    const sale = await tx.lock(Sale, { id: e.subject.id });
    const month = monthOf(lapsedMonthOf(e));
    const issued = `${sale.id}: ${sale.lines.length} line(s) to ${sale.buyer.name} (${yuan(Number(sale.totalMinor))}) issued on ${localDate(sale.issuedAt!)}`;
    const base = {
      branch: sale.branch,
      person: sale.createdBy,
      subject: { type: 'sale', id: sale.id },
      at: new Date(e.raisedAt),
      month,
      by: null,
    };
    if (e.deadlineId === settlementDeadlineId(sale.id) && !sale.settlement) {
      if (e.level === SETTLEMENT_LEVELS.late) {
        sale.overdue = [...new Set([...sale.overdue, 'settlement'])];
        await this.fines.assess(tx, {
          ...base,
          reason: 'late-settlement',
          explanation: `${issued}, not settled by the end of ${month}.`,
          source: `${e.deadlineId}:level-${e.level}`,
        });
      }
      if (e.level === SETTLEMENT_LEVELS.pastTwoMonths) {
        sale.overdue = [...new Set([...sale.overdue, 'settlement-two-months'])];
        await this.fines.assess(tx, {
          ...base,
          reason: 'settlement-past-two-months',
          explanation: `${issued}, still not settled at the end of ${month}.`,
          source: `${e.deadlineId}:level-${e.level}`,
        });
        await alert(tx, {
          alertId: `${e.deadlineId}:salary-held`,
          rule: 'R38',
          kind: 'salary-held',
          subject: { type: 'sale', id: sale.id, branch: sale.branch },
          roles: ['finance', 'general-manager'],
          title: `Hold ${sale.createdBy.username}'s salary: ${sale.id} unsettled for two months`,
          raisedAt: e.raisedAt,
        });
      }
    }
    if (
      e.deadlineId === issueListDeadlineId(sale.id) &&
      !sale.issueList.returnedAt &&
      e.level === ISSUE_LIST_LEVELS.incomplete
    ) {
      sale.overdue = [...new Set([...sale.overdue, 'signed-issue-list'])];
      await this.fines.assess(tx, {
        ...base,
        reason: 'incomplete-outbound',
        explanation: `${issued}; the buyer-signed issue list ${sale.issueList.no} was not back by the end of ${month}.`,
        source: `${e.deadlineId}:level-${e.level}`,
      });
    }
    await saveForm(tx, sale);
  }
}
