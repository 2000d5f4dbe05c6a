import { armDeadline, Calendars, cancelDeadline, Due } from '@freight/contracts';
import type { Complaint } from './complaint.entity';

// R17: a complaint not solved on the call gets a reply within 1 hour, on the wall clock (the
// customer waits whatever our hours); each round (after a reopening) has its own clock.

export const REPLY_WITHIN = 'PT1H';
export const REPLY_WITHIN_MS = 3_600_000;

export const replyDeadlineId = (c: Pick<Complaint, 'id' | 'round'>) =>
  `complaint:${c.id}:reply:${c.round}`;

const subjectOf = (c: Pick<Complaint, 'id' | 'branch'>) => ({
  type: 'complaint',
  id: c.id,
  branch: c.branch,
});

export function armReply(c: Complaint) {
  return armDeadline({
    deadlineId: replyDeadlineId(c),
    rule: 'R17',
    subject: subjectOf(c),
    due: Due.after(REPLY_WITHIN, c.roundStartedAt, Calendars.wallClock()),
    ladder: c.ladder,
    payload: {
      round: c.round,
      callerName: c.callerName,
      callerPhone: c.callerPhone,
      cause: c.cause,
      ...(c.waybillNo ? { waybillNo: c.waybillNo } : {}),
    },
  });
}

export const cancelReply = (c: Complaint) => cancelDeadline(replyDeadlineId(c), subjectOf(c));
