import { armDeadline, Calendars, cancelDeadline, Due, ladder } from '@freight/contracts';
import type { Order } from './order.entity';

// R4: the documents desk acknowledges a work order within ORDER_ACK_WITHIN (30 minutes of
// business hours unless configured), escalating like R3: the documents clerks at due, the
// branch manager an hour later, HQ customer service four hours after the due.

export const ORDER_SUBJECT = 'order';

const subjectOf = (order: Pick<Order, 'orderId' | 'branch'>) => ({
  type: ORDER_SUBJECT,
  id: order.orderId,
  branch: order.branch,
});

/** One id per acknowledgement asked: an amendment after one asks again (…:ack:2). */
export const ackDeadlineId = (orderId: string, round: number) => `order:${orderId}:ack:${round}`;

export function askAcknowledgement(order: Order, within: string, now: Date) {
  return armDeadline({
    deadlineId: ackDeadlineId(order.orderId, order.ackRound),
    rule: 'R4',
    subject: subjectOf(order),
    due: Due.after(within, now, Calendars.businessHours(order.branch)),
    ladder: ladder(['documents-clerk', 'PT0S'], ['branch-manager', 'PT1H'], ['hq-service', 'PT4H']),
    payload: { waybillNo: order.waybillNo, customer: order.customerCompany, round: order.ackRound },
  });
}

/** `done` when acknowledged; `withdrawn` when the order is cancelled; `superseded` when it left anyway. */
export function endAcknowledgementClock(order: Order, reason: 'done' | 'withdrawn' | 'superseded') {
  return cancelDeadline(order.ackDeadlineId!, subjectOf(order), reason);
}
