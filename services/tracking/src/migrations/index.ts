import { CreateShipmentTimelineEvent1795651200000 } from './1795651200000-create-shipment-timeline-event';
import { CreateShipmentAndTimeline1796083200000 } from './1796083200000-create-shipment-and-timeline';
import { CreateShipmentException1796083260000 } from './1796083260000-create-shipment-exception';
import { CreatePodCustody1796083320000 } from './1796083320000-create-pod-custody';
import { CreateNotification1796083380000 } from './1796083380000-create-notification';
import { CreatePublicLookupFailure1796083440000 } from './1796083440000-create-public-lookup-failure';
import { ShipmentUpdatesInPlace1796083500000 } from './1796083500000-shipment-updates-in-place';

/** Every migration of the tracking database, oldest first. */
export const trackingMigrations = [
  CreateShipmentTimelineEvent1795651200000,
  CreateShipmentAndTimeline1796083200000,
  CreateShipmentException1796083260000,
  CreatePodCustody1796083320000,
  CreateNotification1796083380000,
  CreatePublicLookupFailure1796083440000,
  ShipmentUpdatesInPlace1796083500000,
];
