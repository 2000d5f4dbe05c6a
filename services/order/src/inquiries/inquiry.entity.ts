import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Address } from '../customers/customer.entity';
import type { Assessment, DangerousGoodsClass, ServiceOptions } from '../rates/pricing.rules';
import type { Escalation } from '../shared/escalations';
import type { StaffRef } from '../shared/staff';

export type InquiryStatus = 'open' | 'needs-analysis' | 'quoted' | 'called-back' | 'declined';

export interface InquiryCargo {
  description: string;
  pieces: number;
  weightKg: number;
  volumeM3: number;
  dangerousGoodsClass: DangerousGoodsClass;
  msdsReference?: string;
  packaging?: string;
}

export interface Answer {
  outcome: 'quoted' | 'declined' | 'called-back';
  at: string;
  by: StaffRef;
  withinDeadline: boolean;
  detail?: string;
}

export interface Callback {
  at: string;
  by: StaffRef;
  outcome: string;
  reached: boolean;
}

/** R2: a quote inquiry as the agent recorded it, with its 8-hour answer clock (R3). */
@Entity('inquiry')
export class Inquiry {
  /** `INQ-SH-000123` */
  @PrimaryColumn({ name: 'inquiry_id', type: 'text' })
  inquiryId: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ type: 'text' })
  status: InquiryStatus;

  @Column({ name: 'customer_id', type: 'text', nullable: true })
  customerId: string | null;

  @Column({ type: 'text' })
  company: string;

  @Column({ type: 'jsonb' })
  contact: { name: string; phone?: string; email?: string };

  @Column({ type: 'jsonb' })
  cargo: InquiryCargo;

  @Column({ type: 'jsonb' })
  origin: Omit<Address, 'label'>;

  @Column({ type: 'jsonb' })
  destination: Omit<Address, 'label'>;

  @Column({ name: 'expected_shipping_at', type: 'timestamptz', nullable: true })
  expectedShippingAt: Date | null;

  @Column({ name: 'service_options', type: 'jsonb' })
  serviceOptions: ServiceOptions;

  @Column({ name: 'special_requirements', type: 'text', nullable: true })
  specialRequirements: string | null;

  /** R19: reported to the branch manager at once */
  @Column({ type: 'boolean' })
  important: boolean;

  @Column({ name: 'assigned_to', type: 'jsonb' })
  assignedTo: StaffRef;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'received_by', type: 'jsonb' })
  receivedBy: StaffRef;

  @Column({ name: 'deadline_id', type: 'text' })
  deadlineId: string;

  /** the scheduler's business-hours due, once an escalation has reported it */
  @Column({ name: 'answer_due_at', type: 'timestamptz', nullable: true })
  answerDueAt: Date | null;

  /** R3: the instant quote the table gave, or why it needs analysis */
  @Column({ type: 'jsonb' })
  assessment: Assessment;

  /** the first answer the customer got: it stopped the clock */
  @Column({ type: 'jsonb', nullable: true })
  answer: Answer | null;

  @Column({ type: 'jsonb' })
  callbacks: Callback[];

  @Column({ name: 'quote_id', type: 'text', nullable: true })
  quoteId: string | null;

  @Column({ type: 'jsonb' })
  escalations: Escalation[];

  @Column({ type: 'integer' })
  version: number;
}
