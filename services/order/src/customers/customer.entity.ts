import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StaffRef } from '../shared/staff';

export interface Contact {
  name: string;
  phone: string;
  email?: string;
}

export interface Address {
  label?: string;
  province: string;
  city: string;
  district?: string;
  street?: string;
  coordinates?: { lat: number; lng: number };
}

export interface BillingTerms {
  kind: 'monthly' | 'cash';
  creditDays: number;
}

export interface DuplicateFlag {
  customerId: string;
  company: string;
  branch: string;
  reason: 'same-company' | 'same-phone';
}

/** R1: a customer account, owned by one branch (R41). */
@Entity('customer')
export class Customer {
  @PrimaryColumn({ name: 'customer_id', type: 'text' })
  customerId: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ type: 'text' })
  company: string;

  /** the company name normalised: what "same company" compares (duplicates, R1) */
  @Column({ name: 'company_key', type: 'text' })
  companyKey: string;

  @Column({ type: 'jsonb' })
  contacts: Contact[];

  /** the contacts' phones, normalised: searched with a GIN index */
  @Column({ type: 'text', array: true })
  phones: string[];

  @Column({ name: 'contact_names', type: 'text', array: true })
  contactNames: string[];

  @Column({ type: 'jsonb' })
  addresses: Address[];

  @Column({ name: 'billing_terms', type: 'jsonb' })
  billingTerms: BillingTerms;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'possible_duplicates', type: 'jsonb' })
  possibleDuplicates: DuplicateFlag[];

  @Column({ name: 'converted_from_lead_id', type: 'text', nullable: true })
  convertedFromLeadId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'jsonb' })
  createdBy: StaffRef;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}
