import {
  armDeadline,
  Calendars,
  cancelDeadline,
  Due,
  EscalationLevel,
  Ladders,
} from '@freight/contracts';

// R24: every step of a statement has a clock on the branch's business calendar, each climbing
// to the branch manager and then higher until the step is done (R39). Durations are working
// time (the scheduler counts a `D` as 24 working hours), so a working day is PT9H (09:00–18:00):
//   check   the documents desk checks the month's drafts of its branch against the PODs: one
//           clock for the batch the close drafted (decision 0077), 3 working days; the branch
//           manager a day later, the general manager 3 days later; done with the last draft
//   send    the agent sends the checked statement to the customer  1 working day; same ladder
//   answer  the customer confirms or disputes                      5 working days, then the
//           agent calls; the branch manager 2 days later, HQ customer service 5 days later
const DAY = 9;
const days = (n: number) => `PT${n * DAY}H`;

export interface StatementRef {
  id: string;
  branch: string;
  customerId: string;
  period: string;
}

const subject = (s: StatementRef) => ({ type: 'statement', id: s.id, branch: s.branch });
const id = (s: StatementRef, step: string) => `statement:${s.id}:${step}`;
const payload = (s: StatementRef, step: string) => ({
  step,
  statementId: s.id,
  customerId: s.customerId,
  period: s.period,
});

const checkSubject = (branch: string, month: string) => ({
  type: 'statement-check',
  id: `${branch}:${month}`,
  branch,
});

export const armCheck = (branch: string, month: string, now: Date) =>
  armDeadline({
    deadlineId: `statement-check:${branch}:${month}`,
    rule: 'R24',
    subject: checkSubject(branch, month),
    due: Due.after(days(3), now, Calendars.businessHours(branch)),
    ladder: Ladders.toGeneralManager('documents-clerk', days(1), days(3)),
    payload: { step: 'check', branch, month },
  });

export const checkDone = (branch: string, month: string) =>
  cancelDeadline(`statement-check:${branch}:${month}`, checkSubject(branch, month));

type Step = 'send' | 'answer';

/** One step's clock on a statement: due `dueIn` working time from now, climbing `ladder`. */
const armStep = (
  s: StatementRef,
  step: Step,
  dueIn: string,
  ladder: EscalationLevel[],
  now: Date,
) =>
  armDeadline({
    deadlineId: id(s, step),
    rule: 'R24',
    subject: subject(s),
    due: Due.after(dueIn, now, Calendars.businessHours(s.branch)),
    ladder,
    payload: payload(s, step),
  });

export const armSend = (s: StatementRef, now: Date) =>
  armStep(s, 'send', days(1), Ladders.toGeneralManager('agent', days(1), days(3)), now);

export const armCustomerAnswer = (s: StatementRef, now: Date) =>
  armStep(s, 'answer', days(5), Ladders.agentManagerHq(days(2), days(5)), now);

export const stepDone = (s: StatementRef, step: Step) => cancelDeadline(id(s, step), subject(s));
