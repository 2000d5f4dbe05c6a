// The order service's answers as the gateway documents them (libs/contracts/src/http/order),
// written by hand: the console bundle does not pull zod and the contracts in.

export interface StaffRef {
  userId: string;
  username: string;
}

export interface Money {
  /** fen for CNY */
  amountMinor: number;
  currency: string;
}

export interface Address {
  label?: string;
  province: string;
  city: string;
  district?: string;
  street?: string;
}

export interface Customer {
  customerId: string;
  branch: string;
  company: string;
  contacts: { name: string; phone: string; email?: string }[];
  addresses: Address[];
  billingTerms: { kind: 'monthly' | 'cash'; creditDays: number };
  email?: string;
}

export interface Cargo {
  description: string;
  pieces: number;
  weightKg: number;
  volumeM3: number;
  dangerousGoodsClass: string;
  msdsReference?: string;
  packaging?: string;
}

export interface ServiceOptions {
  pickup: boolean;
  deliveryMode: 'self-pickup' | 'door';
  declaredValue?: number;
  codAmount?: number;
  podRequired: boolean;
}

export interface PriceLine {
  code: string;
  description: string;
  amount: Money;
  taxRate: number;
}

export interface Price {
  lines: PriceLine[];
  net: Money;
  tax: Money;
  total: Money;
}

export interface Lane {
  origin: string;
  destination: string;
}

export interface Escalation {
  level: number;
  role: string;
  raisedAt: string;
  deadlineId: string;
}

export interface Quote {
  quoteId: string;
  inquiryId: string;
  branch: string;
  customerId?: string;
  status: 'offered' | 'accepted' | 'ordered' | 'expired';
  lane: Lane;
  price: Price;
  validUntil: string;
  offeredAt: string;
  offeredBy: StaffRef;
  acceptedAt?: string;
  orderId?: string;
  note?: string;
}

export type Assessment =
  | { kind: 'quotable'; rateTableId: string; lane: Lane; chargeableWeightKg: number; price: Price }
  | { kind: 'needs-analysis'; reasons: { code: string; message: string }[] };

export interface Inquiry {
  inquiryId: string;
  branch: string;
  status: 'open' | 'needs-analysis' | 'quoted' | 'called-back' | 'declined';
  customerId?: string;
  company: string;
  contact: { name: string; phone?: string; email?: string };
  cargo: Cargo;
  origin: Address;
  destination: Address;
  serviceOptions: ServiceOptions;
  specialRequirements?: string;
  important: boolean;
  assignedTo: StaffRef;
  receivedAt: string;
  deadlineId: string;
  answerDueAt: string | null;
  assessment: Assessment;
  quoteBlockedReason?: string;
  answer?: { outcome: string; at: string; by: StaffRef; withinDeadline: boolean; detail?: string };
  quote?: Quote;
  escalations: Escalation[];
}

export interface Party {
  name: string;
  contact?: string;
  phone: string;
  address: Address;
}

export type OrderStatus =
  | 'placed'
  | 'acknowledged'
  | 'amended'
  | 'dispatched'
  | 'notified'
  | 'collected'
  | 'delivered'
  | 'cancelled';

export const PAYMENT_TERMS = ['prepaid', 'freight-collect', 'monthly', 'on-receipt'] as const;

export interface Order {
  orderId: string;
  waybillNo: string;
  branch: string;
  status: OrderStatus;
  customer: { customerId: string; company: string };
  agent: StaffRef;
  shipper: Party;
  consignee: Party;
  lane: Lane;
  cargo: Cargo;
  serviceOptions: ServiceOptions;
  price: Price;
  paymentTerms: (typeof PAYMENT_TERMS)[number];
  pickupWindow: { from: string; to: string };
  promisedDeliveryAt: string;
  requirements?: string;
  cautions?: string;
  customerReference?: string;
  quoteId?: string;
  placedAt: string;
  acknowledgement: { dueDeadlineId: string | null; at?: string; by?: StaffRef };
  cancellation?: { at: string; by: StaffRef; reason: string };
  escalations: Escalation[];
  version: number;
}

export interface OrderSummary {
  orderId: string;
  waybillNo: string;
  branch: string;
  status: OrderStatus;
  customer: { customerId: string; company: string };
  lane: Lane;
  placedAt: string;
  promisedDeliveryAt: string;
  pieces: number;
  weightKg: number;
  volumeM3: number;
  total: Money;
  consignee: string;
}

export interface HistoryEntry {
  at: string;
  by: StaffRef;
  field: string;
  from: unknown;
  to: unknown;
}
