import { trackingShipmentStatusChangedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import { KnownWaybill } from '../read-models/known-waybill.entity';
import { SurveyIssuer } from './survey-issuer';

/**
 * R23: a survey after a delivered order, from tracking's status change (a redelivery, or a
 * second `delivered`, finds the survey and does nothing). It counts for the agent who took the
 * order when the order service told us who that was.
 */
@EventsController({ group: 'complaint.deliveries' })
export class DeliveredOrdersEventsController {
  constructor(
    private readonly transactions: Transactions,
    private readonly issuer: SurveyIssuer,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @OnEvent(trackingShipmentStatusChangedV1, { where: (e) => e.data.status === 'delivered' })
  delivered(event: EventOf<typeof trackingShipmentStatusChangedV1>, { manager }: EventContext) {
    const { waybillNo, branch, customerId } = event.data;
    return this.transactions.run(async (tx) => {
      const order = await tx.manager.findOneBy(KnownWaybill, { waybillNo });
      const issued = await this.issuer.issue(
        tx.manager,
        {
          branch,
          about: { type: 'order', id: waybillNo },
          customerId,
          agent: order ? { userId: order.agentId, username: order.agent } : null,
        },
        this.clock.now(),
      );
      if (issued) await tx.publish(issued.events);
    }, manager);
  }
}
