import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FineKind } from './fine.rules';

export type FineState = 'issued' | 'waived' | 'withdrawn';
export interface Waiver {
  reason: string;
  by: string;
  byUserId: string;
  at: string;
}

/** R21: one fine line of a month, kept under its stable id while the register changes. */
@Entity('fine_line')
export class FineLine {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  month: string;

  @Column('text')
  branch: string;

  @Column('text')
  kind: FineKind;

  @Column({ type: 'text', nullable: true })
  person: string | null;

  @Column({ name: 'person_role', type: 'text' })
  personRole: 'agent' | 'branch-manager' | 'hq-service';

  @Column({ name: 'complaint_id', type: 'text' })
  complaintId: string;

  @Column('int')
  count: number;

  /** what the rule (or HQ) set; a waived line deducts nothing but keeps this */
  @Column({ name: 'assessed_minor', type: 'int' })
  assessedMinor: number;

  @Column('text')
  currency: string;

  @Column('text')
  explanation: string;

  @Column('boolean')
  notice: boolean;

  @Column('text')
  state: FineState;

  /** R21 5.3: the amount HQ set for a manager-neglect line (10–50 yuan) */
  @Column({ name: 'hq_amount_minor', type: 'int', nullable: true })
  hqAmountMinor: number | null;

  @Column({ name: 'hq_amount_reason', type: 'text', nullable: true })
  hqAmountReason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  waiver: Waiver | null;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
