import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ActorRef } from '../shared/actor';

/** R18 handling steps: who, when, what. HQ's annotations are on HQ's copy only. */
@Entity('complaint_step')
export class ComplaintStep {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'complaint_id', type: 'text' })
  complaintId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column('text')
  kind: string;

  /** null: the system (an escalation) */
  @Column({ name: 'by_user', type: 'jsonb', nullable: true })
  by: ActorRef | null;

  @Column('text')
  text: string;

  @Column({ name: 'hq_only', type: 'boolean', default: false })
  hqOnly: boolean;
}
