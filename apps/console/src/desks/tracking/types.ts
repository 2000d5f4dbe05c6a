// The tracking service's answers as the gateway documents them (libs/contracts/src/http/tracking.ts),
// written by hand: the console bundle does not pull zod and the contracts in.

export const TRACKING_STATUSES = [
  'picked-up',
  'departed',
  'arrived-at-hub',
  'out-for-delivery',
  'delivered',
  'exception',
] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

export const EXCEPTION_KINDS = [
  'delay',
  'damage',
  'shortage',
  'wrong-delivery',
  'refusal',
] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export interface Who {
  userId: string;
  username: string;
}

export interface MoneyView {
  amountMinor: number;
  currency: string;
}

export interface Shipment {
  waybillNo: string;
  orderId: string;
  branch: string;
  customer: { customerId: string; company: string };
  lane: { origin: string; destination: string };
  shipper: { name: string; city: string };
  consignee: { name: string; city: string; district: string | null };
  cargo: {
    description: string;
    pieces: number;
    weightKg: number;
    volumeM3: number;
    dangerousGoodsClass: string;
    packaging: string | null;
  };
  podRequired: boolean;
  promisedDeliveryAt: string;
  shipDate: string;
  placedAt: string;
  cancelled: { at: string; reason: string } | null;
  status: TrackingStatus | null;
  statusAt: string | null;
  lastPlace: { code: string; name: string } | null;
  lastVehicle: string | null;
  pickedUpAt: string | null;
  deliveredAt: string | null;
  onTime: boolean | null;
}

export interface TimelineStep {
  status: TrackingStatus;
  occurredAt: string;
  place: { code: string; name: string };
  vehicle: { plate: string };
  driver: { name: string; phone: string | null } | null;
  exception: { kind: ExceptionKind; note: string } | null;
  recordedAt: string;
}

export interface Timeline {
  waybillNo: string;
  status: TrackingStatus | null;
  items: TimelineStep[];
}

export interface Notification {
  id: string;
  channel: 'email' | 'sms';
  recipient: string | null;
  status: TrackingStatus;
  subject: string | null;
  body: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface ExceptionStep {
  seq: number;
  kind: 'raised' | 'note' | 'customer-contacted' | 'compensation-offered' | 'escalated' | 'closed';
  at: string;
  by: Who | null;
  role: string | null;
  text: string;
  amount: MoneyView | null;
}

export interface ShipmentException {
  id: string;
  waybillNo: string;
  branch: string;
  customerId: string;
  kind: ExceptionKind;
  source: 'dispatch' | 'agent' | 'delay-detection';
  note: string;
  raisedAt: string;
  raisedBy: Who | null;
  state: 'open' | 'closed';
  assignedRole: string;
  escalationLevel: number;
  compensation: MoneyView | null;
  resolution: string | null;
  closedAt: string | null;
  closedBy: Who | null;
  steps?: ExceptionStep[];
}

export type PodState = 'expected' | 'received' | 'returned' | 'kept';

export interface Pod {
  waybillNo: string;
  branch: string;
  customerId: string;
  customerCompany: string;
  deliveredAt: string;
  state: PodState;
  chaseDueAt: string;
  chaseLevel: number;
  custody: {
    receivedAt: string;
    receivedAtBranch: string;
    receivedBy: Who;
    filedAt: string;
    imageRef: string | null;
    remarks: string | null;
  } | null;
  returnMonth: string | null;
  batchId: string | null;
  chases?: {
    at: string;
    by: Who | null;
    role: string | null;
    level: number | null;
    note: string;
  }[];
}

export interface ReturnBatch {
  id: string;
  branch: string;
  month: string;
  customerId: string;
  customerCompany: string;
  disposition: 'return' | 'keep';
  state: 'prepared' | 'sent' | 'kept';
  waybillNos: string[];
  preparedAt: string;
  courier: string | null;
  courierRef: string | null;
  sentAt: string | null;
  filedAt: string | null;
}
