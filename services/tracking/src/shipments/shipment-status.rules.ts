// R11: where a shipment is, folded from dispatch's steps in whatever order they arrive. Pure.
//
// Dispatch reports milestones (picked up → departed → arrived at a hub → out for delivery →
// delivered) and exceptions. The status is the furthest milestone reached — it never goes
// backwards, so a late `departed` after `arrived-at-hub` only joins the timeline — unless an
// exception happened after the step that reached it: then the status is `exception` until a
// newer step at or beyond that milestone shows the shipment moving again. `delivered` is final.
// The fold is order-independent: any arrival order of the same steps ends in the same summary.

export type TrackingStatus =
  'picked-up' | 'departed' | 'arrived-at-hub' | 'out-for-delivery' | 'delivered' | 'exception';

export type ExceptionKind = 'delay' | 'damage' | 'shortage' | 'wrong-delivery' | 'refusal';

const MILESTONES: readonly TrackingStatus[] = [
  'picked-up',
  'departed',
  'arrived-at-hub',
  'out-for-delivery',
  'delivered',
];
const DELIVERED_RANK = 5;

/** 1 (picked up) … 5 (delivered); 0 for an exception, which is not a milestone. */
export const rankOf = (status: TrackingStatus): number => MILESTONES.indexOf(status) + 1;

export interface Place {
  code: string;
  name: string;
}

/** One step as dispatch reported it (dispatch.tracking.recorded v1). */
export interface StepFacts {
  status: TrackingStatus;
  occurredAt: Date;
  place: Place;
  vehiclePlate: string;
  driverName?: string | null;
  exception?: { kind: ExceptionKind; note: string } | null;
}

/** What the shipment row keeps of its steps: enough to derive the status of any arrival order. */
export interface TrackingSummary {
  status: TrackingStatus | null;
  progressRank: number;
  /** the latest time a step reached `progressRank` */
  progressAt: Date | null;
  lastExceptionAt: Date | null;
  statusAt: Date | null;
  lastPlace: Place | null;
  lastVehicle: string | null;
  pickedUpAt: Date | null;
  deliveredAt: Date | null;
}

export const NOTHING_YET: TrackingSummary = {
  status: null,
  progressRank: 0,
  progressAt: null,
  lastExceptionAt: null,
  statusAt: null,
  lastPlace: null,
  lastVehicle: null,
  pickedUpAt: null,
  deliveredAt: null,
};

const later = (a: Date | null, b: Date) => (a === null || b > a ? b : a);
const earlier = (a: Date | null, b: Date) => (a === null || b < a ? b : a);

/** The status a summary stands for. */
export function statusOf(
  s: Pick<TrackingSummary, 'progressRank' | 'progressAt' | 'lastExceptionAt'>,
) {
  if (s.progressRank === DELIVERED_RANK) return 'delivered' as const;
  if (s.lastExceptionAt && (!s.progressAt || s.lastExceptionAt > s.progressAt)) return 'exception';
  return s.progressRank === 0 ? null : MILESTONES[s.progressRank - 1];
}

/** The summary with one more step folded in. */
export function foldStep(summary: TrackingSummary, step: StepFacts): TrackingSummary {
  const next = { ...summary };
  let definesStatus = false;
  if (step.status === 'exception') {
    if (!summary.lastExceptionAt || step.occurredAt > summary.lastExceptionAt) {
      next.lastExceptionAt = step.occurredAt;
      definesStatus = true;
    }
  } else {
    const rank = rankOf(step.status);
    const newer = !summary.progressAt || step.occurredAt > summary.progressAt;
    if (rank > summary.progressRank || (rank === summary.progressRank && newer)) {
      next.progressRank = rank;
      next.progressAt =
        rank > summary.progressRank ? step.occurredAt : later(summary.progressAt, step.occurredAt);
      definesStatus = true;
    }
    if (step.status === 'picked-up') next.pickedUpAt = earlier(summary.pickedUpAt, step.occurredAt);
    if (step.status === 'delivered')
      next.deliveredAt = earlier(summary.deliveredAt, step.occurredAt);
  }
  if (summary.status === 'delivered')
    return { ...next, progressRank: DELIVERED_RANK, status: 'delivered' };
  next.status = statusOf(next);
  if (definesStatus && next.status !== null) {
    next.statusAt = next.status === 'exception' ? next.lastExceptionAt : next.progressAt;
    if (next.statusAt?.getTime() === step.occurredAt.getTime()) {
      next.lastPlace = step.place;
      next.lastVehicle = step.vehiclePlate;
    }
  }
  return next;
}

export interface StatusTransition {
  status: TrackingStatus;
  previousStatus: TrackingStatus | null;
  step: StepFacts;
}

export interface AppliedSteps {
  summary: TrackingSummary;
  /** each change of status, in the order the steps happened (R11: each one is published) */
  transitions: StatusTransition[];
  /** steps reporting an exception: each raises one (R13), whatever it did to the status */
  exceptions: StepFacts[];
  /** this application delivered the shipment (its clocks stop, its POD is expected: R13, R14) */
  delivered: boolean;
}

/** New steps of one shipment, folded in the order they happened. */
export function applySteps(summary: TrackingSummary, steps: readonly StepFacts[]): AppliedSteps {
  const ordered = [...steps].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const transitions: StatusTransition[] = [];
  let current = summary;
  for (const step of ordered) {
    const next = foldStep(current, step);
    if (next.status !== null && next.status !== current.status)
      transitions.push({ status: next.status, previousStatus: current.status, step });
    current = next;
  }
  return {
    summary: current,
    transitions,
    exceptions: ordered.filter((s) => s.status === 'exception' && s.exception),
    delivered: summary.status !== 'delivered' && current.status === 'delivered',
  };
}

/** R26 on-time rate: delivered by the promised time. */
export const deliveredOnTime = (deliveredAt: Date, promisedDeliveryAt: Date): boolean =>
  deliveredAt.getTime() <= promisedDeliveryAt.getTime();
