import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  ValueTransformer,
} from 'typeorm';
import type { CalendarRef, DeadlineState, LadderStep } from './deadline.model';

/** bigint comes back from pg as a string; working time in ms fits a JS number exactly. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A durable deadline (R39), the row behind the Deadline aggregate (see deadline.mapper.ts). */
@Entity('deadline')
export class DeadlineRecord {
  /** chosen by the requester, so arming is idempotent */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  rule: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ type: 'jsonb' })
  calendar: CalendarRef;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'jsonb' })
  ladder: LadderStep[];

  @Column({ type: 'text' })
  state: DeadlineState;

  @Column({ name: 'next_level', type: 'integer', nullable: true })
  nextLevel: number | null;

  @Column({ name: 'next_fire_at', type: 'timestamptz', nullable: true })
  nextFireAt: Date | null;

  /** who acts when the next level lapses: the due-soon queue */
  @Column({ name: 'next_role', type: 'text', nullable: true })
  nextRole: string | null;

  /** who the last fired level went to: the overdue queue */
  @Column({ name: 'escalated_role', type: 'text', nullable: true })
  escalatedRole: string | null;

  @Column({
    name: 'paused_remaining_ms',
    type: 'bigint',
    nullable: true,
    transformer: bigintAsNumber,
  })
  pausedRemainingMs: number | null;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'arm_digest', type: 'text' })
  armDigest: string;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
