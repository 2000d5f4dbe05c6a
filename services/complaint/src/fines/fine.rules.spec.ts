import { FinedComplaint, monthFines, reviewFlags, staffFineMinor } from './fine.rules';

const complaint = (
  id: string,
  day: number,
  staff: string[],
  extra: Partial<FinedComplaint> = {},
): FinedComplaint => ({
  id,
  branch: 'SH01',
  registeredAt: new Date(Date.UTC(2026, 2, day, 2)),
  staffAtFault: staff.map((username) => ({ username })),
  accountableManager: 'wang.jun',
  managerNeglect: null,
  ...extra,
});
const summary = (lines: ReturnType<typeof monthFines>) =>
  lines.map((l) => [l.kind, l.person, l.complaintId, l.count, l.assessedMinor, l.notice]);

describe('R21 complaint fines', () => {
  it('R21: a person’s 1st, 2nd, 3rd complaint in a month cost 10, 20, 50 — the third announced company-wide', () => {
    const lines = monthFines('2026-03', [
      complaint('C3', 9, ['li.ming']),
      complaint('C1', 2, ['li.ming']),
      complaint('C2', 5, ['li.ming']),
      complaint('C4', 12, ['li.ming']),
    ]).filter((l) => l.kind === 'staff-at-fault');
    // counted in the order the complaints were registered, whatever order they are found in
    expect(summary(lines)).toEqual([
      ['staff-at-fault', 'li.ming', 'C1', 1, 1000, false],
      ['staff-at-fault', 'li.ming', 'C2', 2, 2000, false],
      ['staff-at-fault', 'li.ming', 'C3', 3, 5000, true],
      ['staff-at-fault', 'li.ming', 'C4', 4, 5000, false],
    ]);
    expect(lines[2].explanation).toBe(
      'R21: li.ming at fault in C3, the 3rd such complaint in 2026-03: 50.00 CNY, and a company-wide notice',
    );
    expect([1, 2, 3, 4, 9].map(staffFineMinor)).toEqual([1000, 2000, 5000, 5000, 5000]);
  });

  it('R21: the branch manager pays 5 per complaint with staff at fault, however many are at fault', () => {
    const lines = monthFines('2026-03', [
      complaint('C1', 2, ['li.ming', 'zhao.lei']),
      complaint('C2', 3, []),
    ]);
    expect(summary(lines)).toEqual([
      ['staff-at-fault', 'li.ming', 'C1', 1, 1000, false],
      ['staff-at-fault', 'zhao.lei', 'C1', 1, 1000, false],
      ['branch-manager-joint', 'wang.jun', 'C1', 1, 500, false],
    ]);
  });

  it('R21: a manager who let a complaint climb past them pays 10 until HQ sets 10–50; the HQ coordinator 5', () => {
    const neglected = complaint('C9', 4, [], {
      managerNeglect: { manager: 'wang.jun', coordinator: 'zhou.ting' },
    });
    const byDefault = monthFines('2026-03', [neglected]);
    expect(summary(byDefault)).toEqual([
      ['manager-neglect', 'wang.jun', 'C9', 1, 1000, false],
      ['hq-coordinator-joint', 'zhou.ting', 'C9', 1, 500, false],
    ]);
    expect(byDefault[0].explanation).toContain('the default; HQ sets 10–50');
    const set = monthFines('2026-03', [neglected], new Map([[byDefault[0].id, 3500]]));
    expect(set[0]).toMatchObject({ id: byDefault[0].id, assessedMinor: 3500 });
    expect(set[0].explanation).toContain('35.00 CNY (set by HQ)');
  });

  it('R21: every line keeps its id when recomputed, and names the position when the roster names nobody', () => {
    const first = monthFines('2026-03', [
      complaint('C1', 2, ['li.ming'], { accountableManager: null }),
    ]);
    const again = monthFines('2026-03', [
      complaint('C1', 2, ['li.ming'], { accountableManager: null }),
    ]);
    expect(again.map((l) => l.id)).toEqual(first.map((l) => l.id));
    expect(first[1]).toMatchObject({ person: null, personRole: 'branch-manager' });
    expect(first[1].explanation).toContain('the branch manager of SH01 (nobody on the roster)');
  });

  it('R21: repeat offenders — three months running, or the threshold in one month — are flagged', () => {
    const people: { username: string; branch: string; months: Record<string, number> }[] = [
      { username: 'li.ming', branch: 'SH01', months: { '2026-01': 1, '2026-02': 2, '2026-03': 1 } },
      { username: 'zhao.lei', branch: 'SH01', months: { '2026-01': 1, '2026-03': 4 } },
      { username: 'sun.li', branch: 'GZ01', months: { '2026-01': 1, '2026-02': 1 } },
      { username: 'he.qiang', branch: 'GZ01', months: { '2026-03': 3 } },
    ];
    expect(reviewFlags('2026-03', people, ['2026-01', '2026-02'], 4)).toEqual([
      {
        username: 'li.ming',
        branch: 'SH01',
        reason: 'three-months-running',
        explanation: 'at fault in complaints of 2026-01, 2026-02 and 2026-03',
      },
      {
        username: 'zhao.lei',
        branch: 'SH01',
        reason: 'over-monthly-threshold',
        explanation: 'at fault in 4 complaints of 2026-03 (threshold 4)',
      },
    ]);
  });
});
