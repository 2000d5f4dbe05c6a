import { randomInt } from 'node:crypto';
import {
  dispatchTrackingRecordedV1,
  formatWaybillNo,
  orderCustomerRegisteredV1,
  orderPlacedV1,
  schedulerEscalationRaisedV1,
} from '@freight/contracts';
import { createEnvelope, EventEnvelope } from '@freight/messaging';

// Events of the services and partners around tracking, built from their contracts' examples
// with valid waybill numbers (R5), as the order service, the dispatch system and the scheduler
// would publish them. Shared by the service's integration tests and the e2e tests.

/** A waybill number no other test uses (format and check digit valid, R5). */
export const newWaybillNo = (prefix = 'SH') => formatWaybillNo(prefix, randomInt(1, 999_999_999));

export type OrderData = typeof orderPlacedV1.example;

/** order.placed of the contract's example, for a fresh waybill and the given changes. */
export function orderPlaced(overrides: Partial<OrderData> = {}): EventEnvelope<OrderData> {
  const waybillNo = overrides.waybillNo ?? newWaybillNo();
  const data = {
    ...orderPlacedV1.example,
    orderId: `ORD-${waybillNo}`,
    waybillNo,
    ...overrides,
  } as OrderData;
  orderPlacedV1.schema.parse(data);
  return createEnvelope({
    source: '/freight/order',
    type: orderPlacedV1.type,
    subject: waybillNo,
    data,
    branch: data.branch,
  });
}

export type CustomerData = typeof orderCustomerRegisteredV1.example;

export function customerRegistered(
  overrides: Partial<CustomerData> = {},
): EventEnvelope<CustomerData> {
  const data = { ...orderCustomerRegisteredV1.example, ...overrides } as CustomerData;
  orderCustomerRegisteredV1.schema.parse(data);
  return createEnvelope({
    source: '/freight/order',
    type: orderCustomerRegisteredV1.type,
    subject: data.customerId,
    data,
  });
}

type Status =
  'picked-up' | 'departed' | 'arrived-at-hub' | 'out-for-delivery' | 'delivered' | 'exception';

export interface StepOptions {
  place?: { code: string; name: string };
  plate?: string;
  driver?: { name: string; phone?: string };
  exception?: {
    kind: 'delay' | 'damage' | 'shortage' | 'wrong-delivery' | 'refusal';
    note: string;
  };
  /** a re-send keeps the envelope id */
  id?: string;
}

const PLACES: Record<Exclude<Status, 'exception'>, { code: string; name: string }> = {
  'picked-up': { code: 'SH01', name: 'Shanghai Hub' },
  departed: { code: 'HUB-SH', name: 'Shanghai hub' },
  'arrived-at-hub': { code: 'HUB-WH01', name: 'Wuhan hub' },
  'out-for-delivery': { code: 'WH01', name: 'Wuhan branch' },
  delivered: { code: 'WH-JH-01', name: 'Jianghan delivery stop 1' },
};

/** One step as the dispatch system publishes it (docs/contracts/dispatch-tracking.md). */
export function dispatchStep(
  waybillNo: string,
  status: Status,
  occurredAt: string,
  options: StepOptions = {},
): EventEnvelope {
  const data = {
    waybillNo,
    status,
    occurredAt,
    place:
      options.place ??
      (status === 'exception' ? { code: 'STOP-7', name: 'Hankou stop 7' } : PLACES[status]),
    vehicle: { plate: options.plate ?? '沪A·12345' },
    ...(options.driver ? { driver: options.driver } : {}),
    ...(status === 'exception'
      ? { exception: options.exception ?? { kind: 'damage', note: '2 cartons crushed' } }
      : {}),
  };
  dispatchTrackingRecordedV1.schema.parse(data);
  return createEnvelope({
    source: '/dispatch',
    type: dispatchTrackingRecordedV1.type,
    subject: waybillNo,
    data,
    ...(options.id ? { id: options.id } : {}),
  });
}

/** A level of one of this service's deadlines lapsing, as the scheduler announces it. */
export function escalation(
  subject: { type: string; id: string; branch: string },
  level: number,
  role: string,
  raisedAt: string,
  deadlineId = `${subject.type}:${subject.id}`,
): EventEnvelope {
  const data = {
    ...schedulerEscalationRaisedV1.example,
    deadlineId,
    rule: 'R13',
    subject,
    level,
    role,
    dueAt: raisedAt,
    raisedAt,
    levelDueAt: raisedAt,
    firedAt: raisedAt,
    latenessMs: 0,
    finalLevel: level >= 3,
    payload: {},
  };
  schedulerEscalationRaisedV1.schema.parse(data);
  return createEnvelope({
    source: '/freight/scheduler',
    type: schedulerEscalationRaisedV1.type,
    subject: `${subject.type}:${subject.id}`,
    data,
  });
}
