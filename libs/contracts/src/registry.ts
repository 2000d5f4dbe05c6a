import type { z } from 'zod';
import { ContractRegistry } from './contract-registry';
import type { EventContract } from './event-contract';
import {
  billingAlertRaisedV1,
  complaintAlertRaisedV1,
  orderAlertRaisedV1,
  planningAlertRaisedV1,
  trackingAlertRaisedV1,
  warehouseAlertRaisedV1,
} from './events/alerts/staff-alert.raised.v1';
import { billingContracts } from './events/billing';
import { complaintContracts } from './events/complaint';
import { dispatchTrackingRecordedV1 } from './events/dispatch-tracking/dispatch.tracking.recorded.v1';
import { orderContracts } from './events/order';
import { planningContracts } from './events/planning';
import { schedulerContracts } from './events/scheduler';
import { trackingContracts } from './events/tracking';
import { warehouseContracts } from './events/warehouse';

/**
 * Every event type and version on the platform's topics: type → schema → topic → key.
 * Adding an event = one file under events/<service>/ (schema, key, example) and one line in
 * that folder's index.ts (docs/adding-an-event.md).
 */
export const eventContracts = [
  dispatchTrackingRecordedV1,
  ...billingContracts,
  ...schedulerContracts,
  ...orderContracts,
  ...trackingContracts,
  ...complaintContracts,
  ...warehouseContracts,
  ...planningContracts,
  orderAlertRaisedV1,
  trackingAlertRaisedV1,
  complaintAlertRaisedV1,
  billingAlertRaisedV1,
  warehouseAlertRaisedV1,
  planningAlertRaisedV1,
] as const;

export const contractRegistry = new ContractRegistry(eventContracts as readonly EventContract[]);

type KnownContract = (typeof eventContracts)[number];
export type KnownEventType = KnownContract['type'];

/** The `data` of a known event, for producers: `EventData<'billing.invoice.issued'>`. */
export type EventData<
  T extends KnownEventType,
  V extends number = Extract<KnownContract, { type: T }>['version'],
> = z.input<Extract<KnownContract, { type: T; version: V }>['schema']>;
