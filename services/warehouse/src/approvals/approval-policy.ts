import type { WarehouseApprovalKind } from '@freight/contracts';

export interface Approver {
  role: string;
  /** the largest amount this role may approve, in fen; null: no limit */
  upToMinor: number | null;
}

export interface ApprovalRule {
  rule: string;
  what: string;
  approvers: Approver[];
}

/**
 * Who may approve what, up to which amount (decision 0082). One table for every rule that asks
 * for a signature; the limits are the company's and change here, in one place. The general
 * manager approves anything a branch role may, and above their limits.
 */
export const APPROVAL_POLICY: Record<WarehouseApprovalKind, ApprovalRule> = {
  'finished-goods-inbound': {
    rule: 'R27',
    what: "the workshop director's signature on a finished-goods inbound slip",
    approvers: [{ role: 'workshop-director', upToMinor: null }],
  },
  'stock-adjustment': {
    rule: 'R28',
    what: 'clearing count variances, scrap or long-idle stock from the books',
    approvers: [
      { role: 'branch-manager', upToMinor: 200_000 },
      { role: 'general-manager', upToMinor: null },
    ],
  },
  'below-minimum-price': {
    rule: 'R30',
    what: "a retail sale below the company's minimum price",
    approvers: [{ role: 'general-manager', upToMinor: null }],
  },
  'quality-return': {
    rule: 'R31',
    what: "the handling report of returned goods with a quality problem (the general manager's instruction)",
    approvers: [{ role: 'general-manager', upToMinor: null }],
  },
  'after-sales-replacement': {
    rule: 'R32',
    what: 'an after-sales replacement (old for new)',
    approvers: [{ role: 'general-manager', upToMinor: null }],
  },
  'entrusted-processing': {
    rule: 'R34',
    what: 'material out for entrusted processing (批准人 of the requisition)',
    approvers: [
      { role: 'workshop-director', upToMinor: 5_000_000 },
      { role: 'general-manager', upToMinor: null },
    ],
  },
  'production-requisition': {
    rule: 'R36',
    what: 'a requisition of production material against the plan',
    approvers: [
      { role: 'workshop-director', upToMinor: null },
      { role: 'general-manager', upToMinor: null },
    ],
  },
  'material-outside-use': {
    rule: 'R37',
    what: 'material sold outside or used for after-sales',
    approvers: [
      { role: 'branch-manager', upToMinor: 500_000 },
      { role: 'general-manager', upToMinor: null },
    ],
  },
};

/** Whether `role` may decide an approval of `kind` at stake `amountMinor` (null: none stated). */
export function mayDecide(
  kind: WarehouseApprovalKind,
  role: string,
  amountMinor: number | null,
): boolean {
  return APPROVAL_POLICY[kind].approvers.some(
    (a) => a.role === role && (a.upToMinor === null || (amountMinor ?? 0) <= a.upToMinor),
  );
}
