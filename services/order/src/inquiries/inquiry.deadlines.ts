import { armDeadline, Calendars, cancelDeadline, Due, Ladders } from '@freight/contracts';
import type { Inquiry } from './inquiry.entity';

// R3: the customer gets an answer within 8 hours of the inquiry — counted in the branch's
// business hours by the scheduler (decision 0042). When it lapses: the assigned agent, an hour
// later the branch manager, four hours after the due HQ customer service (R39).

export const ANSWER_WITHIN = 'PT8H';

export const answerDeadlineId = (inquiryId: string) => `quote-inquiry:${inquiryId}:answer`;

export const INQUIRY_SUBJECT = 'quote-inquiry';

const subjectOf = (inquiry: Pick<Inquiry, 'inquiryId' | 'branch'>) => ({
  type: INQUIRY_SUBJECT,
  id: inquiry.inquiryId,
  branch: inquiry.branch,
});

/** Armed in the intake's transaction: no inquiry without its clock, no clock without its inquiry. */
export function startAnswerClock(inquiry: Inquiry) {
  return armDeadline({
    deadlineId: inquiry.deadlineId,
    rule: 'R3',
    subject: subjectOf(inquiry),
    due: Due.after(ANSWER_WITHIN, inquiry.receivedAt, Calendars.businessHours(inquiry.branch)),
    ladder: Ladders.agentManagerHq(),
    payload: {
      company: inquiry.company,
      contactName: inquiry.contact.name,
      assignedTo: inquiry.assignedTo.username,
      important: inquiry.important,
    },
  });
}

/** The moment the customer is answered (quote sent, declined, or called back). */
export function stopAnswerClock(inquiry: Inquiry) {
  return cancelDeadline(inquiry.deadlineId, subjectOf(inquiry), 'done');
}
