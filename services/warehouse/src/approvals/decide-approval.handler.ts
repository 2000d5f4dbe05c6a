import { Injectable } from '@nestjs/common';
import { type Actor } from '@freight/platform';
import { staffOf } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { amountOf, Approval, approvalView } from './approval.entity';
import { decideApproval } from './approval.rules';
import { Approvals } from './approvals';
import { saveForm } from '../shared/form.entity';

/**
 * An approver decides (R27–R37): the decision, its event and what the form does next commit
 * together — an approved stock adjustment is in the ledger the moment it is approved.
 */
@Injectable()
export class DecideApprovalHandler {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly approvals: Approvals,
    private readonly clock: WarehouseClock,
  ) {}

  handle(id: string, decision: 'approved' | 'rejected', actor: Actor, note?: string) {
    return this.transactions.run(async (tx) => {
      const approval = await tx.lock(Approval, { id }, `approval ${id}`);
      decideApproval(
        approval,
        decision,
        { ...staffOf(actor), branch: actor.branch },
        this.clock.now(),
        note,
      );
      await saveForm(tx, approval);
      await this.approvals.followUpOf(approval.kind)?.decided(approval, tx);
      await tx.publish({
        type: 'warehouse.approval.decided',
        branch: approval.branch,
        data: {
          approvalId: approval.id,
          branch: approval.branch,
          kind: approval.kind,
          rule: approval.rule,
          subject: { type: approval.subjectType, id: approval.subjectId },
          amountMinor: amountOf(approval),
          decision,
          decidedBy: approval.decidedBy!,
          decidedAt: approval.decidedAt!.toISOString(),
          note: approval.note,
        },
      });
      return approvalView(approval);
    });
  }
}
