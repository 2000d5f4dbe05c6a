import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One lapsed level of a complaint's ladder (R17); a redelivered escalation finds its row. */
@Entity('complaint_escalation')
export class ComplaintEscalation {
  @PrimaryColumn({ name: 'complaint_id', type: 'text' })
  complaintId: string;

  @PrimaryColumn('int')
  round: number;

  @PrimaryColumn('int')
  level: number;

  @Column('text')
  role: string;

  @Column({ type: 'text', nullable: true })
  assignee: string | null;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  @Column('text')
  branch: string;
}
