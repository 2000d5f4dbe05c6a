import { schedulerEscalationRaisedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { DelayDetectionHandler } from '../exceptions/delay-detection.handler';
import { EscalateExceptionHandler } from '../exceptions/escalate-exception.handler';
import { ChasePodHandler } from '../pods/chase-pod.handler';
import { recordReturnEscalation } from '../pods/return-period.escalation';

/** The deadlines this service arms (R13, R14), by their subject type. */
const OWN_SUBJECTS = new Set(['shipment', 'shipment-exception', 'pod', 'pod-return']);

/**
 * R39 escalations of the tracking service's own deadlines: a promised delivery time lapsed
 * (R13 delay detection), an exception not settled in time (R13), a POD still missing (R14), a
 * month's PODs not yet returned (R14). The gateway streams every escalation to the role's live
 * stream by itself; here each is recorded on its record and acted on.
 */
@EventsController({ group: 'tracking.escalations' })
export class TrackingEscalationsEventsController {
  constructor(
    private readonly delays: DelayDetectionHandler,
    private readonly exceptions: EscalateExceptionHandler,
    private readonly pods: ChasePodHandler,
  ) {}

  @OnEvent(schedulerEscalationRaisedV1, { where: (e) => OWN_SUBJECTS.has(e.data.subject.type) })
  async escalated(event: EventOf<typeof schedulerEscalationRaisedV1>, { manager }: EventContext) {
    const { subject, level, role, raisedAt } = event.data;
    const lapsed = { level, role, raisedAt: new Date(raisedAt) };
    switch (subject.type) {
      case 'shipment':
        return this.delays.lapsed(manager, subject.id, lapsed);
      case 'shipment-exception':
        return this.exceptions.byDeadline(manager, subject.id, lapsed);
      case 'pod':
        return this.pods.byDeadline(manager, subject.id, lapsed);
      case 'pod-return': {
        const [branch, month] = subject.id.split(':');
        return recordReturnEscalation(manager, branch, month, level);
      }
    }
  }
}
