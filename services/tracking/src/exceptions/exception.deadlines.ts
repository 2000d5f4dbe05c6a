import { armDeadline, Calendars, cancelDeadline, Due, Ladders } from '@freight/contracts';
import type { ShipmentException } from './shipment-exception.entity';

// R13 + R39: an exception not closed within its handling time climbs agent → branch manager →
// HQ on its own. A delay found by delay detection climbs on its shipment's delivery deadline
// instead (shipment.deadlines.ts), so it has no second clock.

const subjectOf = (e: Pick<ShipmentException, 'id' | 'branch'>) => ({
  type: 'shipment-exception',
  id: e.id,
  branch: e.branch,
});

export const handlingDeadlineId = (exceptionId: string) =>
  `shipment-exception:${exceptionId}:handle`;

/** Armed when the exception is raised: `within` business time of its branch (EXCEPTION_HANDLE_WITHIN). */
export function armHandling(e: ShipmentException, within: string) {
  return armDeadline({
    deadlineId: handlingDeadlineId(e.id),
    rule: 'R13',
    subject: subjectOf(e),
    due: Due.after(within, e.raisedAt, Calendars.businessHours(e.branch)),
    ladder: Ladders.agentManagerHq(),
    payload: { waybillNo: e.waybillNo, kind: e.kind },
  });
}

/** Closed: the clock stops (a delay exception has none of its own). */
export function stopHandling(e: ShipmentException) {
  return e.source === 'delay-detection'
    ? []
    : [cancelDeadline(handlingDeadlineId(e.id), subjectOf(e))];
}
