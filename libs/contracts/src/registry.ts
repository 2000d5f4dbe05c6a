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
import { billingCreditNoteIssuedV1 } from './events/billing/billing.credit-note.issued.v1';
import { billingInvoiceIssuedV1 } from './events/billing/billing.invoice.issued.v1';
import { dispatchTrackingRecordedV1 } from './events/dispatch-tracking/dispatch.tracking.recorded.v1';
import { schedulerDeadlineArmV1 } from './events/scheduler/scheduler.deadline.arm.v1';
import { schedulerDeadlineCancelV1 } from './events/scheduler/scheduler.deadline.cancel.v1';
import { schedulerDeadlineCancelledV1 } from './events/scheduler/scheduler.deadline.cancelled.v1';
import { schedulerDeadlineCompletedV1 } from './events/scheduler/scheduler.deadline.completed.v1';
import { schedulerDeadlineMoveV1 } from './events/scheduler/scheduler.deadline.move.v1';
import { schedulerDeadlinePauseV1 } from './events/scheduler/scheduler.deadline.pause.v1';
import { schedulerDeadlineResumeV1 } from './events/scheduler/scheduler.deadline.resume.v1';
import { schedulerEscalationRaisedV1 } from './events/scheduler/scheduler.escalation.raised.v1';

/**
 * Every event type and version on the platform's topics: type → schema → topic → key.
 * Adding an event = one file under events/ (schema, key, example) and one line here.
 */
export const eventContracts = [
  dispatchTrackingRecordedV1,
  billingInvoiceIssuedV1,
  billingCreditNoteIssuedV1,
  schedulerDeadlineArmV1,
  schedulerDeadlineCancelV1,
  schedulerDeadlineMoveV1,
  schedulerDeadlinePauseV1,
  schedulerDeadlineResumeV1,
  schedulerEscalationRaisedV1,
  schedulerDeadlineCompletedV1,
  schedulerDeadlineCancelledV1,
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
