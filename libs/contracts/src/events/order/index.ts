import { orderAcknowledgedV1 } from './order.acknowledged.v1';
import { orderAmendedV1 } from './order.amended.v1';
import { orderCancelledV1 } from './order.cancelled.v1';
import { orderCollectedV1 } from './order.collected.v1';
import { orderCustomerRegisteredV1 } from './order.customer.registered.v1';
import { orderCustomerUpdatedV1 } from './order.customer.updated.v1';
import { orderInquiryAnsweredV1 } from './order.inquiry.answered.v1';
import { orderInquiryReceivedV1 } from './order.inquiry.received.v1';
import { orderPlacedV1 } from './order.placed.v1';

export * from './order.acknowledged.v1';
export * from './order.amended.v1';
export * from './order.cancelled.v1';
export * from './order.collected.v1';
export * from './order.customer.registered.v1';
export * from './order.customer.updated.v1';
export * from './order.inquiry.answered.v1';
export * from './order.inquiry.received.v1';
export * from './order.placed.v1';
export * from './order.schemas';

/** The order service's events on order.events (R1–R9): one line per contract. */
export const orderContracts = [
  orderCustomerRegisteredV1,
  orderCustomerUpdatedV1,
  orderInquiryReceivedV1,
  orderInquiryAnsweredV1,
  orderPlacedV1,
  orderAmendedV1,
  orderCancelledV1,
  orderAcknowledgedV1,
  orderCollectedV1,
] as const;
