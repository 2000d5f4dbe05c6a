import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R22: a member of staff nominated for the branch's service star of the month. */
@Entity('star_candidate')
export class StarCandidate {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  month: string;

  @Column('text')
  branch: string;

  @Column('text')
  username: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column('text')
  reason: string;

  @Column({ name: 'nominated_by', type: 'text' })
  nominatedBy: string;

  @Column({ name: 'nominated_at', type: 'timestamptz' })
  nominatedAt: Date;
}

/** R22: one vote per voter (a member of staff, or a customer) per branch and month. */
@Entity('star_vote')
export class StarVote {
  @PrimaryColumn('text')
  branch: string;

  @PrimaryColumn('text')
  month: string;

  @PrimaryColumn({ name: 'voter_kind', type: 'text' })
  voterKind: 'staff' | 'customer';

  /** the member of staff's user id, or the customer id */
  @PrimaryColumn('text')
  voter: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'voted_at', type: 'timestamptz' })
  votedAt: Date;
}

/** R22: a customer's tokenised ballot (the token stored as SHA-256 only). */
@Entity('star_ballot')
export class StarBallot {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  month: string;

  @Column('text')
  branch: string;

  @Column({ name: 'customer_id', type: 'text' })
  customerId: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}

/** R22: the month's result, once the branch closed the vote (reported to HQ personnel). */
@Entity('star_election')
export class StarElection {
  @PrimaryColumn('text')
  branch: string;

  @PrimaryColumn('text')
  month: string;

  @Column('uuid')
  winner: string;

  @Column({ name: 'staff_votes', type: 'int' })
  staffVotes: number;

  @Column({ name: 'customer_votes', type: 'int' })
  customerVotes: number;

  @Column({ name: 'closed_at', type: 'timestamptz' })
  closedAt: Date;

  @Column({ name: 'closed_by', type: 'text' })
  closedBy: string;
}
