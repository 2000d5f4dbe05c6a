import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LaneCodes, Price, ServiceOptions } from '../rates/pricing.rules';
import type { StaffRef } from '../shared/staff';
import type { InquiryCargo } from './inquiry.entity';

export type QuoteStatus = 'offered' | 'accepted' | 'ordered';

export interface QuoteBasis {
  rateTableId?: string;
  chargeableWeightKg?: number;
  manual: boolean;
}

/**
 * R3: the price the customer was told, line by line. Locked: the order placed from it takes its
 * cargo, services and price as they are (R4).
 */
@Entity('quote')
export class Quote {
  /** `QUO-SH-000088` */
  @PrimaryColumn({ name: 'quote_id', type: 'text' })
  quoteId: string;

  @Column({ name: 'inquiry_id', type: 'text' })
  inquiryId: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ name: 'customer_id', type: 'text', nullable: true })
  customerId: string | null;

  @Column({ type: 'text' })
  status: QuoteStatus;

  @Column({ type: 'jsonb' })
  lane: LaneCodes;

  @Column({ type: 'jsonb' })
  price: Price;

  @Column({ type: 'jsonb' })
  basis: QuoteBasis;

  @Column({ type: 'jsonb' })
  cargo: InquiryCargo;

  @Column({ name: 'service_options', type: 'jsonb' })
  serviceOptions: ServiceOptions;

  @Column({ name: 'lead_time_days', type: 'integer' })
  leadTimeDays: number;

  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil: Date;

  @Column({ name: 'offered_at', type: 'timestamptz' })
  offeredAt: Date;

  @Column({ name: 'offered_by', type: 'jsonb' })
  offeredBy: StaffRef;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by', type: 'jsonb', nullable: true })
  acceptedBy: StaffRef | null;

  @Column({ name: 'order_id', type: 'text', nullable: true })
  orderId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
