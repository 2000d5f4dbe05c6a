import {
  EventData,
  schedulerDeadlineArmV1,
  schedulerDeadlineCancelV1,
  Topics,
} from '@freight/contracts';
import { EventContext, EventEnvelope, EventsController, OnEvent } from '@freight/messaging';
import { z } from 'zod';
import { ArmDeadlineHandler } from './arm-deadline.handler';
import { CancelDeadlineHandler } from './cancel-deadline.handler';
import { dueSpec } from './deadline-commands.schemas';
import { MoveDeadlineHandler } from './move-deadline.handler';
import { PauseDeadlineHandler } from './pause-deadline.handler';
import { ResumeDeadlineHandler } from './resume-deadline.handler';

const topic = Topics.schedulerRequests;

// move / pause / resume have no contract in @freight/contracts yet: validated here until then.
const moveCommand = z.object({ deadlineId: z.string().min(1), due: dueSpec });
const deadlineCommand = z.object({ deadlineId: z.string().min(1) });

/**
 * The Kafka entry point of scheduler.requests (R39): the same use cases as the HTTP commands,
 * each in the consumer's transaction, which also holds the inbox row (a redelivery is skipped).
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

  @OnEvent('scheduler.deadline.move', { topic })
  async moved(event: EventEnvelope<unknown>, { manager }: EventContext) {
    const { deadlineId, due } = moveCommand.parse(event.data);
    await this.move.handle(deadlineId, due, manager);
  }

  @OnEvent('scheduler.deadline.pause', { topic })
  async paused(event: EventEnvelope<unknown>, { manager }: EventContext) {
    await this.pause.handle(deadlineCommand.parse(event.data).deadlineId, manager);
  }

  @OnEvent('scheduler.deadline.resume', { topic })
  async resumed(event: EventEnvelope<unknown>, { manager }: EventContext) {
    await this.resume.handle(deadlineCommand.parse(event.data).deadlineId, manager);
  }
}
