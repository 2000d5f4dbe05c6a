import { schedulerEscalationRaisedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { INQUIRY_SUBJECT } from './inquiry.deadlines';
import { RecordInquiryEscalationHandler } from './record-escalation.handler';

/** R3 escalations of the 8-hour clock, from scheduler.escalations: recorded on the inquiry. */
@EventsController({ group: 'order.inquiry-escalations' })
export class InquiryEscalationsEventsController {
  constructor(private readonly record: RecordInquiryEscalationHandler) {}

  @OnEvent(schedulerEscalationRaisedV1, { where: (e) => e.data.subject.type === INQUIRY_SUBJECT })
  async escalated(event: EventOf<typeof schedulerEscalationRaisedV1>, { manager }: EventContext) {
    await this.record.handle(event.data, manager);
  }
}
