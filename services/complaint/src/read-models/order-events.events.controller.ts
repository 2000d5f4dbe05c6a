import {
  orderCancelledV1,
  orderCustomerRegisteredV1,
  orderCustomerUpdatedV1,
  orderInquiryAnsweredV1,
  orderInquiryReceivedV1,
  orderPlacedV1,
  orderAmendedV1,
} from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { phoneDigits } from '../shared/phone.rules';

type Customer = Pick<
  EventOf<typeof orderCustomerRegisteredV1>['data'],
  'customerId' | 'branch' | 'company' | 'contacts' | 'email'
>;
type Order = EventOf<typeof orderPlacedV1>['data'];

/**
 * The order service's events into the desk's read models (never its HTTP or database):
 * customers for R15 caller matching, waybills for R12 cargo lookups, and each agent's
 * inquiries, quotes and orders for R10. Idempotent: the inbox skips redeliveries, and every
 * write is an upsert or `ON CONFLICT DO NOTHING`.
 */
@EventsController({ group: 'complaint.order-events' })
export class OrderEventsController {
  @OnEvent(orderCustomerRegisteredV1)
  registered(event: EventOf<typeof orderCustomerRegisteredV1>, { manager }: EventContext) {
    return this.keepCustomer(event.data, event.data.registeredAt, manager);
  }

  @OnEvent(orderCustomerUpdatedV1)
  updated(event: EventOf<typeof orderCustomerUpdatedV1>, { manager }: EventContext) {
    return this.keepCustomer(event.data, event.data.updatedAt, manager);
  }

  @OnEvent(orderPlacedV1)
  async placed(event: EventOf<typeof orderPlacedV1>, { manager }: EventContext) {
    await this.keepWaybill(event.data, event.data.placedAt, manager);
    await this.activity(
      manager,
      `order:${event.data.orderId}`,
      'order',
      event.data.branch,
      event.data.agent.username,
      event.data.placedAt,
    );
  }

  @OnEvent(orderAmendedV1)
  async amended(event: EventOf<typeof orderAmendedV1>, { manager }: EventContext) {
    const { waybillNo, customer, lane } = event.data;
    await manager.query(
      `UPDATE known_waybill SET customer_id = $2, origin = $3, destination = $4 WHERE waybill_no = $1`,
      [waybillNo, customer.customerId, lane.origin, lane.destination],
    );
  }

  @OnEvent(orderCancelledV1)
  async cancelled(event: EventOf<typeof orderCancelledV1>, { manager }: EventContext) {
    await manager.query('UPDATE known_waybill SET cancelled = true WHERE waybill_no = $1', [
      event.data.waybillNo,
    ]);
  }

  @OnEvent(orderInquiryReceivedV1)
  inquiry(event: EventOf<typeof orderInquiryReceivedV1>, { manager }: EventContext) {
    const { inquiryId, branch, agent, receivedAt } = event.data;
    return this.activity(
      manager,
      `inquiry:${inquiryId}`,
      'inquiry',
      branch,
      agent.username,
      receivedAt,
    );
  }

  /** R10 "quotes": an inquiry answered with a quote, counted for the agent who answered. */
  @OnEvent(orderInquiryAnsweredV1, { where: (e) => e.data.outcome === 'quoted' })
  quoted(event: EventOf<typeof orderInquiryAnsweredV1>, { manager }: EventContext) {
    const { inquiryId, branch, agent, answeredAt } = event.data;
    return this.activity(
      manager,
      `quote:${inquiryId}`,
      'quote',
      branch,
      agent.username,
      answeredAt,
    );
  }

  private async keepCustomer(customer: Customer, at: string, manager: EventContext['manager']) {
    const phones = [...new Set(customer.contacts.map((c) => phoneDigits(c.phone)).filter(Boolean))];
    const email = customer.email ?? customer.contacts.find((c) => c.email)?.email ?? null;
    // a late, older update never overwrites a newer one (events of one customer share a key)
    await manager.query(
      `INSERT INTO known_customer (customer_id, branch, company, email, phones, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (customer_id) DO UPDATE SET branch = $2, company = $3, email = $4, phones = $5, updated_at = $6
       WHERE known_customer.updated_at <= $6`,
      [customer.customerId, customer.branch, customer.company, email, phones, at],
    );
  }

  /**
   * R12: the order of a waybill. Calls are linked when read (a join), so a call that asked
   * about a waybill before its order.placed arrived shows the order once it has.
   */
  private async keepWaybill(order: Order, placedAt: string, manager: EventContext['manager']) {
    await manager.query(
      `INSERT INTO known_waybill (waybill_no, order_id, branch, customer_id, agent, agent_id, origin, destination, placed_at, cancelled)
       VALUES ($1, $2, $3, $4, $5, $9, $6, $7, $8, false)
       ON CONFLICT (waybill_no) DO NOTHING`,
      [
        order.waybillNo,
        order.orderId,
        order.branch,
        order.customer.customerId,
        order.agent.username,
        order.lane.origin,
        order.lane.destination,
        placedAt,
        order.agent.userId,
      ],
    );
  }

  private activity(
    manager: EventContext['manager'],
    sourceId: string,
    kind: string,
    branch: string,
    agent: string,
    at: string,
  ) {
    return manager.query(
      `INSERT INTO agent_activity (source_id, kind, branch, agent, at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (source_id) DO NOTHING`,
      [sourceId, kind, branch, agent, at],
    );
  }
}
