import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TrackingStatus } from '../shipments/shipment-status.rules';
import type { StaffRef } from '../staff';

/** The customer file as the order service publishes it (R1): where notices go (R11). */
@Entity('customer')
export class Customer {
  @PrimaryColumn({ name: 'customer_id', type: 'text' }) customerId: string;
  @Column({ type: 'text' }) branch: string;
  @Column({ type: 'text' }) company: string;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) mobile: string | null;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}

/** What a customer asked for: which status changes to hear of, where; PODs back or kept. */
@Entity('customer_preference')
export class CustomerPreference {
  @PrimaryColumn({ name: 'customer_id', type: 'text' }) customerId: string;
  @Column({ type: 'text' }) branch: string;
  @Column({ name: 'notify_statuses', type: 'text', array: true }) notifyStatuses: TrackingStatus[];
  @Column({ name: 'email_to', type: 'text', nullable: true }) emailTo: string | null;
  @Column({ name: 'sms_to', type: 'text', nullable: true }) smsTo: string | null;
  @Column({ name: 'pod_return', type: 'text' }) podReturn: 'return' | 'keep';
  @Column({ name: 'pod_note', type: 'text', nullable: true }) podNote: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'updated_by', type: 'jsonb', nullable: true }) updatedBy: StaffRef | null;
}
