import { Customer, CustomerPreference } from './customers/customer.entity';
import { ExceptionStep, ShipmentException } from './exceptions/shipment-exception.entity';
import { Notification } from './notifications/notification.entity';
import { Pod, PodChase, PodReturnBatch, PodReturnPeriod } from './pods/pod.entity';
import { Shipment } from './shipments/shipment.entity';

export { trackingMigrations } from './migrations';

/** Every TypeORM entity of the tracking database. */
export const trackingEntities = [
  Shipment,
  Customer,
  CustomerPreference,
  ShipmentException,
  ExceptionStep,
  Pod,
  PodChase,
  PodReturnPeriod,
  PodReturnBatch,
  Notification,
];
