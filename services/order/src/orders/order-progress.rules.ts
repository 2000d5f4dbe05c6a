import { EscalationRaised, withEscalation } from '../shared/escalations';
import { endAcknowledgementClock } from './order.deadlines';
import type { Order } from './order.entity';
import { CHANGEABLE, OrderChange } from './order.rules';

// What other services tell an order: tracking's steps (R11 → R4 dispatched, delivered) and the
// documents desk's acknowledgement clock lapsing (R4). Pure, like order.rules.ts.

/**
 * What tracking reports (R11) moves the order on: any step of the journey means dispatched
 * (no longer amendable, R4); delivered is delivered. Never backwards; cancelled or collected
 * orders stay as they are. An acknowledgement still owed is moot once the goods left.
 */
export function shipmentProgressed(order: Order, status: string, at: Date): OrderChange | null {
  if (order.status === 'cancelled' || order.status === 'collected' || order.status === 'delivered')
    return null;
  const next: Order =
    status === 'delivered'
      ? { ...order, status: 'delivered', deliveredAt: at, dispatchedAt: order.dispatchedAt ?? at }
      : CHANGEABLE.includes(order.status)
        ? { ...order, status: 'dispatched', dispatchedAt: at }
        : order;
  if (next === order) return null;
  const done = { ...next, ackDeadlineId: null, version: order.version + 1 };
  return {
    order: done,
    history: [{ field: 'status', from: order.status, to: next.status }],
    events: order.ackDeadlineId ? [endAcknowledgementClock(order, 'superseded')] : [],
  };
}

/** R4: a lapsed level of the acknowledgement clock, recorded once (only while it is owed). */
export function recordAckEscalation(order: Order, escalation: EscalationRaised): Order | null {
  if (escalation.deadlineId !== order.ackDeadlineId) return null;
  const escalations = withEscalation(order.escalations, escalation);
  return escalations ? { ...order, escalations, version: order.version + 1 } : null;
}
