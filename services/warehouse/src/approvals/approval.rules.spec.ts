import type { WarehouseApprovalKind } from '@freight/contracts';
import { Approval } from './approval.entity';
import { mayDecide } from './approval-policy';
import { decideApproval } from './approval.rules';

const approval = (
  kind: WarehouseApprovalKind,
  amountMinor: number | null,
  branch = 'SH01',
): Approval =>
  Object.assign(new Approval(), {
    id: 'AP-SH01-000001',
    branch,
    kind,
    rule: 'R0',
    subjectType: 'x',
    subjectId: 'x-1',
    summary: 's',
    amountMinor: amountMinor === null ? null : String(amountMinor),
    status: 'pending',
    requestedBy: { userId: 'u1', username: 'sales', role: 'sales' },
    requestedAt: new Date('2025-03-01T00:00:00Z'),
    decidedBy: null,
    decidedAt: null,
    note: null,
  });
const who = (role: string, branch = 'SH01') => ({
  userId: `u-${role}`,
  username: role,
  role,
  branch,
});
const now = new Date('2025-03-02T00:00:00Z');

describe('approvals: who may approve what, up to which amount', () => {
  it('R30: only the general manager lets a retail sale go below the company minimum', () => {
    expect(mayDecide('below-minimum-price', 'general-manager', 50_000)).toBe(true);
    expect(mayDecide('below-minimum-price', 'branch-manager', 1)).toBe(false);
  });

  it('R28: a branch manager clears adjustments up to ¥2,000; above that the general manager', () => {
    expect(mayDecide('stock-adjustment', 'branch-manager', 200_000)).toBe(true);
    expect(mayDecide('stock-adjustment', 'branch-manager', 200_001)).toBe(false);
    expect(mayDecide('stock-adjustment', 'general-manager', 99_999_999)).toBe(true);
  });

  it('R27/R36: the workshop director signs inbound slips and production requisitions', () => {
    expect(mayDecide('finished-goods-inbound', 'workshop-director', null)).toBe(true);
    expect(mayDecide('finished-goods-inbound', 'warehouse-keeper', null)).toBe(false);
    expect(mayDecide('production-requisition', 'workshop-director', 10_000_000)).toBe(true);
  });

  it('R32: an after-sales replacement needs the general manager', () => {
    expect(() =>
      decideApproval(
        approval('after-sales-replacement', 90_000),
        'approved',
        who('branch-manager'),
        now,
      ),
    ).toThrow('general-manager may');
    const decided = decideApproval(
      approval('after-sales-replacement', 90_000),
      'approved',
      who('general-manager', 'HQ'),
      now,
      'ok',
    );
    expect(decided).toMatchObject({
      status: 'approved',
      decidedBy: { username: 'general-manager' },
      decidedAt: now,
      note: 'ok',
    });
  });

  it('R37: a branch manager decides only for their own branch', () => {
    expect(() =>
      decideApproval(
        approval('material-outside-use', 1_000, 'GZ01'),
        'approved',
        who('branch-manager'),
        now,
      ),
    ).toThrow('branch-manager of SH01');
  });

  it('a decision is made once', () => {
    const a = decideApproval(
      approval('stock-adjustment', 100),
      'rejected',
      who('branch-manager'),
      now,
      'recount',
    );
    expect(() => decideApproval(a, 'approved', who('general-manager', 'HQ'), now)).toThrow(
      'already rejected',
    );
  });
});
