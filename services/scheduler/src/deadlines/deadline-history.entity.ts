import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HistoryKind } from './deadline.model';

/** One line of a deadline's append-only history: armed, moved, paused, each level fired … */
@Entity('deadline_history')
export class DeadlineHistoryRecord {
  /** insertion order; bigint as a string, as pg returns it */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq: string;

  @Column({ name: 'deadline_id', type: 'text' })
  deadlineId: string;

  @Column({ type: 'text' })
  kind: HistoryKind;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;
}
