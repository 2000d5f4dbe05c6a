import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StaffRef } from '../shared/staff';

export type LeadStatus = 'new' | 'promising' | 'converted';
export type LeadSource = 'call' | 'visit' | 'referral' | 'exhibition' | 'web' | 'other';

export interface LeadEvent {
  at: string;
  by: StaffRef;
  event: 'recorded' | 'promising' | 'converted';
  detail?: string;
}

/** R9: a prospective customer, with its story until it becomes one. */
@Entity('lead')
export class Lead {
  /** `LEAD-SH-0042` */
  @PrimaryColumn({ name: 'lead_id', type: 'text' })
  leadId: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ type: 'text' })
  status: LeadStatus;

  @Column({ type: 'text' })
  company: string;

  @Column({ type: 'jsonb' })
  contact: { name: string; phone?: string; email?: string };

  @Column({ type: 'text' })
  source: LeadSource;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'jsonb' })
  createdBy: StaffRef;

  @Column({ type: 'jsonb', nullable: true })
  promising: { at: string; by: StaffRef; reason: string } | null;

  @Column({ name: 'customer_id', type: 'text', nullable: true })
  customerId: string | null;

  @Column({ type: 'jsonb' })
  history: LeadEvent[];
}
