import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface SurveyAgent {
  userId: string;
  username: string;
}

/** R23: a satisfaction survey after a closed complaint or a delivered order. */
@Entity('survey')
export class Survey {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  branch: string;

  @Column({ name: 'about_type', type: 'text' })
  aboutType: 'complaint' | 'order';

  /** the complaint id, or the waybill number */
  @Column({ name: 'about_id', type: 'text' })
  aboutId: string;

  /** a complaint closed, reopened and closed again gets a survey per round */
  @Column('int')
  round: number;

  @Column({ name: 'customer_id', type: 'text', nullable: true })
  customerId: string | null;

  /** whom the score counts for: the complaint's agent, or the agent who took the order */
  @Column({ type: 'jsonb', nullable: true })
  agent: SurveyAgent | null;

  /** SHA-256 of the link's token; the token itself is never stored (decision 0053) */
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'mailed_to', type: 'text', nullable: true })
  mailedTo: string | null;
}
