import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CallKind } from '@freight/contracts';
import type { ActorRef } from '../shared/actor';
import type { LadderLevels } from '../desk/desk.rules';

export type AnswerState = 'answered-on-call' | 'awaiting' | 'answered';

/** R12: what a caller asking for goods was asked. */
export interface CargoLookup {
  shipDate: string;
  waybillNo?: string;
  origin: string;
  destination: string;
  packaging?: string;
  cargoFeatures?: string;
  shortage?: string;
}

/** R15/R16: every call, whoever calls, and whether (and when) the caller got the answer. */
@Entity('call')
export class Call {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  branch: string;

  @Column('text')
  kind: CallKind;

  @Column({ name: 'agent_id', type: 'text' })
  agentId: string;

  @Column('text')
  agent: string;

  @Column({ name: 'agent_role', type: 'text' })
  agentRole: string;

  @Column({ name: 'caller_name', type: 'text', nullable: true })
  callerName: string | null;

  @Column({ name: 'caller_phone', type: 'text', nullable: true })
  callerPhone: string | null;

  @Column({ name: 'phone_digits', type: 'text', nullable: true })
  phoneDigits: string | null;

  @Column({ name: 'customer_id', type: 'text', nullable: true })
  customerId: string | null;

  @Column('text')
  summary: string;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column('boolean')
  important: boolean;

  @Column({ name: 'passed_to_manager', type: 'boolean' })
  passedToManager: boolean;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'answer_state', type: 'text' })
  answerState: AnswerState;

  @Column({ name: 'answer_due_at', type: 'timestamptz', nullable: true })
  answerDueAt: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'answered_by', type: 'jsonb', nullable: true })
  answeredBy: ActorRef | null;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'assignee_role', type: 'text' })
  assigneeRole: string;

  @Column({ type: 'text', nullable: true })
  assignee: string | null;

  @Column('int')
  level: number;

  @Column({ type: 'jsonb', nullable: true })
  ladder: LadderLevels | null;

  @Column({ type: 'jsonb', nullable: true })
  cargo: CargoLookup | null;

  @Column({ name: 'waybill_no', type: 'text', nullable: true })
  waybillNo: string | null;

  @Column({ name: 'complaint_id', type: 'text', nullable: true })
  complaintId: string | null;
}
