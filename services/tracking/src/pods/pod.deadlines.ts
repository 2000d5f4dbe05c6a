import { armDeadline, Calendars, cancelDeadline, Due, ladder } from '@freight/contracts';
import { monthStart } from './pod.rules';

// R14 + R39: a missing POD is chased (documents desk → branch manager → HQ), and each branch's
// month of PODs is due back to the customers at the month's end.

const podSubject = (waybillNo: string, branch: string) => ({ type: 'pod', id: waybillNo, branch });
export const chaseDeadlineId = (waybillNo: string) => `pod:${waybillNo}:chase`;

/** Armed at delivery: due `days` after it (POD_CHASE_AFTER_DAYS), on the wall clock. */
export function armChase(waybillNo: string, branch: string, deliveredAt: Date, days: number) {
  return armDeadline({
    deadlineId: chaseDeadlineId(waybillNo),
    rule: 'R14',
    subject: podSubject(waybillNo, branch),
    due: Due.after(`P${days}D`, deliveredAt, Calendars.wallClock('Asia/Shanghai')),
    ladder: ladder(['documents-clerk', 'PT0S'], ['branch-manager', 'P2D'], ['hq-service', 'P5D']),
    payload: { waybillNo },
  });
}

export const stopChase = (waybillNo: string, branch: string) =>
  cancelDeadline(chaseDeadlineId(waybillNo), podSubject(waybillNo, branch));

const periodSubject = (branch: string, month: string) => ({
  type: 'pod-return',
  id: `${branch}:${month}`,
  branch,
});
export const returnDeadlineId = (branch: string, month: string) => `pod-return:${branch}:${month}`;

/** Armed with the month's first POD: due at the month's end in Shanghai (Due.endOfMonth). */
export function armMonthlyReturn(branch: string, month: string) {
  return armDeadline({
    deadlineId: returnDeadlineId(branch, month),
    rule: 'R14',
    subject: periodSubject(branch, month),
    // the month's start, not the first POD's time: every arm of this id has the same content
    due: Due.endOfMonth(monthStart(month), Calendars.wallClock('Asia/Shanghai')),
    ladder: ladder(['documents-clerk', 'PT0S'], ['branch-manager', 'P3D'], ['hq-service', 'P7D']),
    payload: { branch, month },
  });
}

export const monthlyReturnDone = (branch: string, month: string) =>
  cancelDeadline(returnDeadlineId(branch, month), periodSubject(branch, month));
