import { armDeadline, Calendars, cancelDeadline, Due, ladder } from '@freight/contracts';

// R25: the month's confirmation of a customer's unpaid amounts is signed off by finance within
// 3 working days (PT27H of 09:00–18:00), else the branch manager is told.

const subject = (id: string, branch: string) => ({ type: 'receivables-confirmation', id, branch });

export const armSignOff = (id: string, branch: string, now: Date) =>
  armDeadline({
    deadlineId: `receivables-confirmation:${id}:sign-off`,
    rule: 'R25',
    subject: subject(id, branch),
    due: Due.after('PT27H', now, Calendars.businessHours(branch)),
    ladder: ladder(['finance', 'PT0S'], ['branch-manager', 'PT18H']),
    payload: { confirmationId: id },
  });

export const signedOff = (id: string, branch: string) =>
  cancelDeadline(`receivables-confirmation:${id}:sign-off`, subject(id, branch));
