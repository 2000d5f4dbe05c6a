import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HistoryValue } from './history.rules';
import type { StaffRef } from './staff';

export type HistorySubject = { type: 'customer' | 'order'; id: string };

/** R1, R4: one line of a record's history — who, when, which field, old → new. */
@Entity('history_line')
export class HistoryLine {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: HistorySubject['type'];

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'jsonb' })
  by: StaffRef;

  @Column({ type: 'text' })
  field: string;

  @Column({ name: 'old_value', type: 'jsonb', nullable: true })
  from: HistoryValue;

  @Column({ name: 'new_value', type: 'jsonb', nullable: true })
  to: HistoryValue;

  /** `lead`: a customer's line kept from the lead it was converted from (R9) */
  @Column({ type: 'text' })
  source: 'record' | 'lead';
}
