import { CreateShipmentTimelineEvent1795651200000 } from './1795651200000-create-shipment-timeline-event';

/** Every migration of the tracking database, oldest first. */
export const trackingMigrations = [CreateShipmentTimelineEvent1795651200000];
