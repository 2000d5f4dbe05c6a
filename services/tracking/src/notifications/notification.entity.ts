import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TrackingStatus } from '../shipments/shipment-status.rules';

export type Channel = 'email' | 'sms';

/** R11: one message to a customer about one status change, and how sending it went. */
@Entity('notification')
export class Notification {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  /** `<status event id>:<channel>`: a status change is told once per channel */
  @Column({ name: 'notification_key', type: 'text' }) notificationKey: string;
  @Column({ name: 'waybill_no', type: 'text' }) waybillNo: string;
  @Column({ type: 'text' }) branch: string;
  @Column({ name: 'customer_id', type: 'text' }) customerId: string;
  @Column({ type: 'text' }) channel: Channel;
  /** null: the address on the customer's file, looked up when sending (it may arrive later) */
  @Column({ type: 'text', nullable: true }) recipient: string | null;
  @Column({ type: 'text' }) status: TrackingStatus;
  @Column({ type: 'text', nullable: true }) subject: string | null;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text', nullable: true }) html: string | null;
  @Column({ type: 'text' }) state: 'pending' | 'sent' | 'failed';
  @Column({ type: 'integer' }) attempts: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz' }) nextAttemptAt: Date;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ name: 'provider_ref', type: 'text', nullable: true }) providerRef: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
