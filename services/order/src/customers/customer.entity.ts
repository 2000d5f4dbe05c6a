import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** How the customer pays for freight: cash up front, by the consignee on delivery (到付), or monthly after reconciliation. */
export const BILLING_TERMS = ['prepaid', 'freight-collect', 'monthly-statement'] as const;
export type BillingTerms = (typeof BILLING_TERMS)[number];

export interface CustomerContact {
  name: string;
  phone: string;
  email?: string;
}

export interface CustomerAddress {
  label: string;
  address: string;
}

/** R1: a customer account, owned by one branch. */
@Entity('customer')
export class Customer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** the account code staff quote on the phone, e.g. SH-C0001 */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  company: string;

  @Column({ name: 'branch_code', type: 'text' })
  branchCode: string;

  @Column({ name: 'billing_terms', type: 'text' })
  billingTerms: BillingTerms;

  @Column({ type: 'jsonb' })
  contacts: CustomerContact[];

  @Column({ type: 'jsonb' })
  addresses: CustomerAddress[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
