import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WarehouseApprovalKind } from '@freight/contracts';
import type { Staff } from '../shared/staff';
import { APPROVAL_POLICY } from './approval-policy';

export type ApprovalStatus = 'pending' | 'approved' | 'rejected';

/** One request for a signature a rule asks for, and its decision: who, when, what they wrote. */
@Entity('approval')
export class Approval {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ type: 'text' })
  kind: WarehouseApprovalKind;

  @Column({ type: 'text' })
  rule: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'amount_minor', type: 'bigint', nullable: true })
  amountMinor: string | null;

  @Column({ type: 'text' })
  status: ApprovalStatus;

  @Column({ name: 'requested_by', type: 'jsonb' })
  requestedBy: Staff;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'decided_by', type: 'jsonb', nullable: true })
  decidedBy: Staff | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

export const amountOf = (a: Approval): number | null =>
  a.amountMinor === null ? null : Number(a.amountMinor);

export function approvalView(a: Approval) {
  return {
    id: a.id,
    branch: a.branch,
    kind: a.kind,
    rule: a.rule,
    subject: { type: a.subjectType, id: a.subjectId },
    summary: a.summary,
    amountMinor: amountOf(a),
    currency: 'CNY' as const,
    status: a.status,
    requestedBy: a.requestedBy,
    requestedAt: a.requestedAt.toISOString(),
    decidedBy: a.decidedBy,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    note: a.note,
    approvers: APPROVAL_POLICY[a.kind].approvers,
  };
}
