import { armDeadline, cancelDeadline, Due } from '@freight/contracts';
import type { LadderLevels } from '../desk/desk.rules';
import type { Call } from './call.entity';

// R15: a caller not answered on the line gets the answer within 5 minutes; R16: an internal
// call within 30. On the wall clock: a caller waiting does not care about business hours.

const ANSWER_WITHIN_MINUTES = { customer: 5, internal: 30 } as const;

/** When a call not answered on the line must be answered by. */
export function answerDueAt(kind: string, startedAt: Date): Date {
  const minutes =
    kind === 'internal' ? ANSWER_WITHIN_MINUTES.internal : ANSWER_WITHIN_MINUTES.customer;
  return new Date(startedAt.getTime() + minutes * 60_000);
}

export const answerDeadlineId = (call: Pick<Call, 'id'>) => `call:${call.id}:answer`;
const subjectOf = (call: Pick<Call, 'id' | 'branch'>) => ({
  type: 'call',
  id: call.id,
  branch: call.branch,
});

export function armAnswer(call: Call & { answerDueAt: Date }, ladder: LadderLevels) {
  return armDeadline({
    deadlineId: answerDeadlineId(call),
    rule: call.kind === 'internal' ? 'R16' : 'R15',
    subject: subjectOf(call),
    due: Due.at(call.answerDueAt),
    ladder,
    payload: {
      kind: call.kind,
      callerPhone: call.callerPhone,
      summary: call.summary.slice(0, 200),
    },
  });
}

export const cancelAnswer = (call: Call) => cancelDeadline(answerDeadlineId(call), subjectOf(call));
