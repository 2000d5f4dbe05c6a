import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WarehouseFineReason } from '@freight/contracts';
import type { Staff } from '../shared/staff';
import type { FineMeasure } from './fine.rules';

/** One R38 assessment line: a person, a clause, an amount, and why. */
@Entity('fine_line')
export class FineLine {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ type: 'text' })
  month: string;

  @Column({ type: 'jsonb' })
  person: Staff;

  @Column({ type: 'text' })
  username: string;

  @Column({ type: 'text' })
  reason: WarehouseFineReason;

  @Column({ type: 'text' })
  clause: string;

  @Column({ type: 'text' })
  measure: FineMeasure;

  @Column({ name: 'amount_minor', type: 'bigint' })
  amountMinor: string;

  @Column({ type: 'text' })
  explanation: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  /** what assessed it (a deadline level, a gate exit, a manager's entry): once per source */
  @Column({ type: 'text' })
  source: string;

  @Column({ name: 'assessed_at', type: 'timestamptz' })
  assessedAt: Date;

  @Column({ name: 'assessed_by', type: 'jsonb', nullable: true })
  assessedBy: Staff | null;
}

export function fineLineView(f: FineLine) {
  return {
    id: f.id,
    branch: f.branch,
    month: f.month,
    person: f.person,
    reason: f.reason,
    clause: f.clause,
    measure: f.measure,
    amountMinor: Number(f.amountMinor),
    currency: 'CNY' as const,
    explanation: f.explanation,
    subject: { type: f.subjectType, id: f.subjectId },
    assessedAt: f.assessedAt.toISOString(),
    assessedBy: f.assessedBy,
  };
}
