import { schedulerEscalationRaisedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { EscalateCallHandler } from './escalate-call.handler';
import { EscalateComplaintHandler } from './escalate-complaint.handler';

/** The desk's own deadlines: a call's answer (R15, R16), a complaint's reply (R17). */
const ours = (e: EventOf<typeof schedulerEscalationRaisedV1>) =>
  (e.data.subject.type === 'complaint' && e.data.deadlineId.includes(':reply:')) ||
  (e.data.subject.type === 'call' && e.data.deadlineId.endsWith(':answer'));

/** The scheduler's escalations of calls and complaints (one route per event type and group). */
@EventsController({ group: 'complaint.escalations' })
export class EscalationsEventsController {
  constructor(
    private readonly complaints: EscalateComplaintHandler,
    private readonly calls: EscalateCallHandler,
  ) {}

  @OnEvent(schedulerEscalationRaisedV1, { where: ours })
  escalated(event: EventOf<typeof schedulerEscalationRaisedV1>, { manager }: EventContext) {
    return event.data.subject.type === 'complaint'
      ? this.complaints.handle(event.data, manager)
      : this.calls.handle(event.data, manager);
  }
}
