import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Address } from '../customers/customer.entity';
import type { InquiryCargo } from '../inquiries/inquiry.entity';
import type { Price, ServiceOptions } from '../rates/pricing.rules';
import type { Escalation } from '../shared/escalations';
import type { StaffRef } from '../shared/staff';

export type OrderStatus =
  | 'placed'
  | 'acknowledged'
  | 'amended'
  | 'dispatched'
  | 'notified'
  | 'collected'
  | 'delivered'
  | 'cancelled';

export type PaymentTerms = 'prepaid' | 'freight-collect' | 'monthly' | 'on-receipt';

export interface Party {
  name: string;
  contact?: string;
  phone: string;
  address: Omit<Address, 'label'>;
}

const asNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * R4: the internal work order (委单) the documents desk acknowledges, with its waybill (R5).
 * Lane, quantities and money have their own columns: search (R6) and the daily report (R7)
 * filter and add them up with indexes; the parties and the price lines are documents.
 */
@Entity('orders')
export class Order {
  /** `ORD-SH0000000422` */
  @PrimaryColumn({ name: 'order_id', type: 'text' })
  orderId: string;

  @Column({ name: 'waybill_no', type: 'text', unique: true })
  waybillNo: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ type: 'text' })
  status: OrderStatus;

  @Column({ name: 'customer_id', type: 'text' })
  customerId: string;

  @Column({ name: 'customer_company', type: 'text' })
  customerCompany: string;

  @Column({ type: 'jsonb' })
  agent: StaffRef;

  @Column({ type: 'jsonb' })
  shipper: Party;

  @Column({ type: 'jsonb' })
  consignee: Party;

  @Column({ name: 'lane_origin', type: 'text' })
  laneOrigin: string;

  @Column({ name: 'lane_destination', type: 'text' })
  laneDestination: string;

  @Column({ type: 'jsonb' })
  cargo: InquiryCargo;

  @Column({ type: 'integer' })
  pieces: number;

  @Column({ name: 'weight_kg', type: 'numeric', transformer: asNumber })
  weightKg: number;

  @Column({ name: 'volume_m3', type: 'numeric', transformer: asNumber })
  volumeM3: number;

  @Column({ name: 'service_options', type: 'jsonb' })
  serviceOptions: ServiceOptions;

  @Column({ type: 'jsonb' })
  price: Price;

  @Column({ name: 'net_minor', type: 'bigint', transformer: asNumber })
  netMinor: number;

  @Column({ name: 'total_minor', type: 'bigint', transformer: asNumber })
  totalMinor: number;

  @Column({ name: 'payment_terms', type: 'text' })
  paymentTerms: PaymentTerms;

  @Column({ name: 'pickup_from', type: 'timestamptz' })
  pickupFrom: Date;

  @Column({ name: 'pickup_to', type: 'timestamptz' })
  pickupTo: Date;

  @Column({ name: 'promised_delivery_at', type: 'timestamptz' })
  promisedDeliveryAt: Date;

  @Column({ type: 'text', nullable: true })
  requirements: string | null;

  @Column({ type: 'text', nullable: true })
  cautions: string | null;

  @Column({ name: 'customer_reference', type: 'text', nullable: true })
  customerReference: string | null;

  @Column({ name: 'quote_id', type: 'text', nullable: true })
  quoteId: string | null;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt: Date;

  /** the acknowledgement the documents desk still owes (R4), or null */
  @Column({ name: 'ack_deadline_id', type: 'text', nullable: true })
  ackDeadlineId: string | null;

  /** 1 for the first acknowledgement, +1 for each one an amendment asks again */
  @Column({ name: 'ack_round', type: 'integer' })
  ackRound: number;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by', type: 'jsonb', nullable: true })
  acknowledgedBy: StaffRef | null;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  cancellation: { at: string; by: StaffRef; reason: string } | null;

  @Column({ type: 'jsonb', nullable: true })
  collection: { at: string; by: StaffRef; collectedBy: { name: string; idLast4: string } } | null;

  @Column({ name: 'pickup_notices', type: 'integer' })
  pickupNotices: number;

  @Column({ name: 'last_notified_at', type: 'timestamptz', nullable: true })
  lastNotifiedAt: Date | null;

  @Column({ type: 'jsonb' })
  escalations: Escalation[];

  @Column({ type: 'integer' })
  version: number;
}
