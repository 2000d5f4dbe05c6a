import { complaintComplaintRegisteredV1, complaintSurveyAnsweredV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { RecordComplaintFactsHandler } from './record-complaint-facts.handler';

/** The complaint desk's events → the monthly statistics (R26: complaint rate, satisfaction). */
@EventsController({ group: 'billing.complaints' })
export class ComplaintEventsController {
  constructor(private readonly facts: RecordComplaintFactsHandler) {}

  @OnEvent(complaintComplaintRegisteredV1)
  async registered(
    event: EventOf<typeof complaintComplaintRegisteredV1>,
    { manager }: EventContext,
  ) {
    await this.facts.registered(event.data, manager);
  }

  @OnEvent(complaintSurveyAnsweredV1)
  async answered(event: EventOf<typeof complaintSurveyAnsweredV1>, { manager }: EventContext) {
    await this.facts.answered(event.data, manager);
  }
}
