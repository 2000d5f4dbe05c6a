import { Injectable } from '@nestjs/common';
import type { Tx } from '@freight/platform';
import type { WarehouseApprovalKind } from '@freight/contracts';
import { nextFormNumber } from '../shared/form-numbers';
import type { Staff } from '../shared/staff';
import { Approval } from './approval.entity';
import { APPROVAL_POLICY } from './approval-policy';

export interface ApprovalRequest {
  branch: string;
  kind: WarehouseApprovalKind;
  subject: { type: string; id: string };
  summary: string;
  amountMinor: number | null;
  requestedBy: Staff;
  at: Date;
}

/** What a form does once its approval is decided (the same transaction as the decision). */
export interface ApprovalFollowUp {
  decided(approval: Approval, tx: Tx): Promise<void>;
}

/**
 * The one approval mechanism (decision 0082): forms ask here, in their own transaction, and
 * register what happens on the decision; DecideApprovalHandler decides and calls them back.
 */
@Injectable()
export class Approvals {
  private readonly followUps = new Map<WarehouseApprovalKind, ApprovalFollowUp>();

  onDecision(kinds: WarehouseApprovalKind[], followUp: ApprovalFollowUp): void {
    for (const kind of kinds) this.followUps.set(kind, followUp);
  }

  followUpOf(kind: WarehouseApprovalKind): ApprovalFollowUp | undefined {
    return this.followUps.get(kind);
  }

  async request(tx: Tx, request: ApprovalRequest): Promise<Approval> {
    const approval = tx.manager.create(Approval, {
      id: await nextFormNumber(tx.manager, 'AP', request.branch),
      branch: request.branch,
      kind: request.kind,
      rule: APPROVAL_POLICY[request.kind].rule,
      subjectType: request.subject.type,
      subjectId: request.subject.id,
      summary: request.summary,
      amountMinor: request.amountMinor === null ? null : String(request.amountMinor),
      status: 'pending',
      requestedBy: request.requestedBy,
      requestedAt: request.at,
      decidedBy: null,
      decidedAt: null,
      note: null,
    });
    await tx.manager.insert(Approval, approval);
    return approval;
  }

  /** The approval a form refers to (its state decides what the form may do next). */
  async of(tx: Tx, id: string): Promise<Approval> {
    return tx.manager.findOneByOrFail(Approval, { id });
  }
}
