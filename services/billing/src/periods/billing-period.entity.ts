import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * R24's monthly cycle: reconcile with the documents desk, then with the customer; once the
 * customer confirms, invoice at once.
 */
export const BILLING_PERIOD_STATUSES = [
  'open',
  'reconciled-with-documents',
  'sent-to-customer',
  'confirmed',
  'invoiced',
] as const;
export type BillingPeriodStatus = (typeof BILLING_PERIOD_STATUSES)[number];

/** One customer's month of shipments and charges, from reconciliation to invoice (R24). */
@Entity('billing_period')
export class BillingPeriod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'customer_code', type: 'text' })
  customerCode: string;

  @Column({ name: 'branch_code', type: 'text' })
  branchCode: string;

  /** first day of the month the period covers */
  @Column({ name: 'period_month', type: 'date' })
  periodMonth: string;

  @Column({ type: 'text' })
  status: BillingPeriodStatus;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
