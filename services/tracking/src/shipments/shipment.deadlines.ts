import { armDeadline, cancelDeadline, Due, Ladders } from '@freight/contracts';
import type { Shipment } from './shipment.entity';

// R13 delay detection (R39 "promised delivery times"): on order.placed a deadline is armed at
// the promised delivery time; delivery cancels it; its lapse raises a delay exception by itself
// (tracking-escalations.events.controller.ts), and it keeps climbing agent → branch manager →
// HQ until the shipment is delivered.

type Tracked = Pick<Shipment, 'waybillNo' | 'branch'>;

const subjectOf = (s: Tracked) => ({ type: 'shipment', id: s.waybillNo, branch: s.branch });
export const deliveryDeadlineId = (waybillNo: string) => `shipment:${waybillNo}:delivery`;

export function armDelivery(s: Tracked & { promisedDeliveryAt: Date }) {
  return armDeadline({
    deadlineId: deliveryDeadlineId(s.waybillNo),
    rule: 'R13',
    subject: subjectOf(s),
    due: Due.at(s.promisedDeliveryAt),
    ladder: Ladders.agentManagerHq('PT2H', 'PT8H'),
    payload: { waybillNo: s.waybillNo },
  });
}

/** The order's promised time changed (R4 amendment): levels not yet fired move with it. */
export function moveDelivery(s: Tracked, promisedDeliveryAt: Date) {
  return {
    type: 'scheduler.deadline.move' as const,
    data: {
      deadlineId: deliveryDeadlineId(s.waybillNo),
      subject: subjectOf(s),
      due: Due.at(promisedDeliveryAt),
    },
    branch: s.branch,
  };
}

/** Delivered (`done`) or the order cancelled (`withdrawn`): the clock stops. */
export const stopDelivery = (s: Tracked, reason: 'done' | 'withdrawn') =>
  cancelDeadline(deliveryDeadlineId(s.waybillNo), subjectOf(s), reason);
