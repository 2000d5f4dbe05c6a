import {
  schedulerDeadlineArmV1,
  schedulerDeadlineCancelV1,
  schedulerDeadlineMoveV1,
  schedulerDeadlinePauseV1,
  schedulerDeadlineResumeV1,
} from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { ArmDeadlineHandler } from './arm-deadline.handler';
import { CancelDeadlineHandler } from './cancel-deadline.handler';
import { MoveDeadlineHandler } from './move-deadline.handler';
import { PauseDeadlineHandler } from './pause-deadline.handler';
import { ResumeDeadlineHandler } from './resume-deadline.handler';

/**
 * The Kafka entry point of scheduler.requests (R39): the same use cases as the HTTP commands,
 * each in the consumer's transaction, which also holds the inbox row (a redelivery is skipped).
 * Every command is validated against its contract in @freight/contracts before it gets here (an
 * invalid one goes straight to the DLQ); a refused one (an arm conflicting with its id, a move
 * of an unknown or closed deadline) throws a DomainError and is dead-lettered at once with
 * reason `refused` and the message.
 */
@EventsController({ group: 'scheduler.requests' })
export class DeadlineRequestsEventsController {
  constructor(
    private readonly arm: ArmDeadlineHandler,
    private readonly move: MoveDeadlineHandler,
    private readonly pause: PauseDeadlineHandler,
    private readonly resume: ResumeDeadlineHandler,
    private readonly cancel: CancelDeadlineHandler,
  ) {}

  @OnEvent(schedulerDeadlineArmV1)
  async armed(event: EventOf<typeof schedulerDeadlineArmV1>, { manager }: EventContext) {
    await this.arm.handle(event.data, manager);
  }

  @OnEvent(schedulerDeadlineCancelV1)
  async cancelled(event: EventOf<typeof schedulerDeadlineCancelV1>, { manager }: EventContext) {
    await this.cancel.handle({ deadlineId: event.data.deadlineId }, event.data.reason, manager);
  }

  @OnEvent(schedulerDeadlineMoveV1)
  async moved(event: EventOf<typeof schedulerDeadlineMoveV1>, { manager }: EventContext) {
    await this.move.handle(event.data.deadlineId, event.data.due, manager);
  }

  @OnEvent(schedulerDeadlinePauseV1)
  async paused(event: EventOf<typeof schedulerDeadlinePauseV1>, { manager }: EventContext) {
    await this.pause.handle(event.data.deadlineId, manager);
  }

  @OnEvent(schedulerDeadlineResumeV1)
  async resumed(event: EventOf<typeof schedulerDeadlineResumeV1>, { manager }: EventContext) {
    await this.resume.handle(event.data.deadlineId, manager);
  }
}
