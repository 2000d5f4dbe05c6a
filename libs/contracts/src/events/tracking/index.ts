import { trackingExceptionClosedV1 } from './tracking.exception.closed.v1';
import { trackingExceptionEscalatedV1 } from './tracking.exception.escalated.v1';
import { trackingExceptionRaisedV1 } from './tracking.exception.raised.v1';
import { trackingPodKeptV1 } from './tracking.pod.kept.v1';
import { trackingPodReceivedV1 } from './tracking.pod.received.v1';
import { trackingPodReturnedV1 } from './tracking.pod.returned.v1';
import { trackingShipmentStatusChangedV1 } from './tracking.shipment.status-changed.v1';

export * from './tracking.exception.closed.v1';
export * from './tracking.exception.escalated.v1';
export * from './tracking.exception.raised.v1';
export * from './tracking.pod.kept.v1';
export * from './tracking.pod.received.v1';
export * from './tracking.pod.returned.v1';
export * from './tracking.shipment.status-changed.v1';

/** The tracking service's events on tracking.events (R11–R14): one line per contract. */
export const trackingContracts = [
  trackingShipmentStatusChangedV1,
  trackingExceptionRaisedV1,
  trackingExceptionEscalatedV1,
  trackingExceptionClosedV1,
  trackingPodReceivedV1,
  trackingPodReturnedV1,
  trackingPodKeptV1,
] as const;
