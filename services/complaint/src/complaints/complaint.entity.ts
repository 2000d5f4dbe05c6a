import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LadderLevels } from '../desk/desk.rules';
import type { ActorRef } from '../shared/actor';

export type ComplaintState = 'open' | 'replied' | 'closed';
export interface CustomerOpinion {
  verdict: 'satisfied' | 'accepted' | 'dissatisfied';
  comment?: string;
}
export interface StaffAtFault {
  username: string;
  name: string | null;
}
/** R21: the complaint climbed past the branch manager, who did nothing at their level. */
export interface ManagerNeglect {
  manager: string | null;
  coordinator: string | null;
  at: string;
}

/** R17/R18: a complaint and its register (投诉登记处理表). */
@Entity('complaint')
export class Complaint {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  branch: string;

  @Column({ name: 'call_id', type: 'uuid', nullable: true })
  callId: string | null;

  @Column({ name: 'caller_name', type: 'text', nullable: true })
  callerName: string | null;

  @Column({ name: 'caller_phone', type: 'text', nullable: true })
  callerPhone: string | null;

  @Column({ name: 'phone_digits', type: 'text', nullable: true })
  phoneDigits: string | null;

  @Column({ name: 'customer_id', type: 'text', nullable: true })
  customerId: string | null;

  @Column({ name: 'waybill_no', type: 'text', nullable: true })
  waybillNo: string | null;

  @Column('text')
  cause: string;

  @Column('text')
  description: string;

  @Column({ name: 'customer_request', type: 'text' })
  customerRequest: string;

  @Column('boolean')
  important: boolean;

  @Column({ name: 'solved_on_call', type: 'boolean' })
  solvedOnCall: boolean;

  @Column('text')
  state: ComplaintState;

  /** 1, then +1 each time it is reopened: each round has its own 1-hour clock */
  @Column('int')
  round: number;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'registered_by', type: 'jsonb' })
  registeredBy: ActorRef;

  @Column({ name: 'reply_due_at', type: 'timestamptz', nullable: true })
  replyDueAt: Date | null;

  @Column({ name: 'round_started_at', type: 'timestamptz' })
  roundStartedAt: Date;

  @Column({ name: 'first_replied_at', type: 'timestamptz', nullable: true })
  firstRepliedAt: Date | null;

  /** R17, first round: replied (or solved on the call) within the hour */
  @Column({ name: 'replied_within', type: 'boolean', nullable: true })
  repliedWithin: boolean | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Column({ name: 'customer_opinion', type: 'jsonb', nullable: true })
  customerOpinion: CustomerOpinion | null;

  @Column({ name: 'assignee_role', type: 'text' })
  assigneeRole: string;

  @Column({ type: 'text', nullable: true })
  assignee: string | null;

  @Column('int')
  level: number;

  /** the ladder armed for the current round (the branch's at the time) */
  @Column({ type: 'jsonb' })
  ladder: LadderLevels;

  @Column({ name: 'staff_at_fault', type: 'jsonb' })
  staffAtFault: StaffAtFault[];

  /** R21: the branch manager jointly fined with the staff at fault (the roster's at the time) */
  @Column({ name: 'accountable_manager', type: 'text', nullable: true })
  accountableManager: string | null;

  @Column({ name: 'manager_neglect', type: 'jsonb', nullable: true })
  managerNeglect: ManagerNeglect | null;
}
