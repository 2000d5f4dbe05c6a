import { schedulerDeadlineArmV1 } from './scheduler.deadline.arm.v1';
import { schedulerDeadlineCancelV1 } from './scheduler.deadline.cancel.v1';
import { schedulerDeadlineCancelledV1 } from './scheduler.deadline.cancelled.v1';
import { schedulerDeadlineCompletedV1 } from './scheduler.deadline.completed.v1';
import { schedulerDeadlineMoveV1 } from './scheduler.deadline.move.v1';
import { schedulerDeadlinePauseV1 } from './scheduler.deadline.pause.v1';
import { schedulerDeadlineResumeV1 } from './scheduler.deadline.resume.v1';
import { schedulerEscalationRaisedV1 } from './scheduler.escalation.raised.v1';

export * from './scheduler.deadline.arm.v1';
export * from './scheduler.deadline.cancel.v1';
export * from './scheduler.deadline.cancelled.v1';
export * from './scheduler.deadline.completed.v1';
export * from './scheduler.deadline.move.v1';
export * from './scheduler.deadline.pause.v1';
export * from './scheduler.deadline.resume.v1';
export * from './scheduler.escalation.raised.v1';
export * from './scheduler.schemas';

/** The scheduler's commands (scheduler.requests) and escalations (scheduler.escalations), R39. */
export const schedulerContracts = [
  schedulerDeadlineArmV1,
  schedulerDeadlineCancelV1,
  schedulerDeadlineMoveV1,
  schedulerDeadlinePauseV1,
  schedulerDeadlineResumeV1,
  schedulerEscalationRaisedV1,
  schedulerDeadlineCompletedV1,
  schedulerDeadlineCancelledV1,
] as const;
