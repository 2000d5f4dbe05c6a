import {
  EventData,
  schedulerDeadlineArmV1,
  schedulerDeadlineCancelV1,
  schedulerDeadlineMoveV1,
  schedulerDeadlinePauseV1,
  schedulerDeadlineResumeV1,
  Topics,
} from '@freight/contracts';
import { EventContext, EventEnvelope, EventsController, OnEvent } from '@freight/messaging';
import { ArmDeadlineHandler } from './arm-deadline.handler';
import { CancelDeadlineHandler } from './cancel-deadline.handler';
import { MoveDeadlineHandler } from './move-deadline.handler';
import { PauseDeadlineHandler } from './pause-deadline.handler';
import { ResumeDeadlineHandler } from './resume-deadline.handler';

const topic = Topics.schedulerRequests;

/**
 * The Kafka entry point of scheduler.requests (R39): the same use cases as the HTTP commands,
 * each in the consumer's transaction, which also holds the inbox row (a redelivery is skipped).
 * Every command is validated against its contract in @freight/contracts before it gets here (an
 * invalid one goes straight to the DLQ); a refused one (an arm conflicting with its id, a move
 * of an unknown or closed deadline) throws and is dead-lettered with the reason.
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

  @OnEvent(schedulerDeadlineArmV1.type, { topic })
  async armed(
    event: EventEnvelope<EventData<'scheduler.deadline.arm'>>,
    { manager }: EventContext,
  ) {
    await this.arm.handle(event.data, manager);
  }

  @OnEvent(schedulerDeadlineCancelV1.type, { topic })
  async cancelled(
    event: EventEnvelope<EventData<'scheduler.deadline.cancel'>>,
    { manager }: EventContext,
  ) {
    await this.cancel.handle({ deadlineId: event.data.deadlineId }, event.data.reason, manager);
  }

  @OnEvent(schedulerDeadlineMoveV1.type, { topic })
  async moved(
    event: EventEnvelope<EventData<'scheduler.deadline.move'>>,
    { manager }: EventContext,
  ) {
    await this.move.handle(event.data.deadlineId, event.data.due, manager);
  }

  @OnEvent(schedulerDeadlinePauseV1.type, { topic })
  async paused(
    event: EventEnvelope<EventData<'scheduler.deadline.pause'>>,
    { manager }: EventContext,
  ) {
    await this.pause.handle(event.data.deadlineId, manager);
  }

  @OnEvent(schedulerDeadlineResumeV1.type, { topic })
  async resumed(
    event: EventEnvelope<EventData<'scheduler.deadline.resume'>>,
    { manager }: EventContext,
  ) {
    await this.resume.handle(event.data.deadlineId, manager);
  }
}
