import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { StaffRef } from '../staff';

export type PodState = 'expected' | 'received' | 'returned' | 'kept';
const instant = { type: 'timestamptz' as const };

/** R14: one shipment's return receipt, from "expected" at delivery to returned or kept. */
@Entity('pod')
export class Pod {
  @PrimaryColumn({ name: 'waybill_no', type: 'text' }) waybillNo: string;
  @Column({ type: 'text' }) branch: string;
  @Column({ name: 'customer_id', type: 'text' }) customerId: string;
  @Column({ name: 'customer_company', type: 'text' }) customerCompany: string;
  @Column({ name: 'delivered_at', ...instant }) deliveredAt: Date;
  @Column({ type: 'text' }) state: PodState;
  @Column({ name: 'chase_due_at', ...instant }) chaseDueAt: Date;
  @Column({ name: 'chase_level', type: 'integer' }) chaseLevel: number;
  @Column({ name: 'last_chased_at', ...instant, nullable: true }) lastChasedAt: Date | null;
  @Column({ name: 'received_at', ...instant, nullable: true }) receivedAt: Date | null;
  @Column({ name: 'received_at_branch', type: 'text', nullable: true }) receivedAtBranch:
    string | null;
  @Column({ name: 'received_by', type: 'jsonb', nullable: true }) receivedBy: StaffRef | null;
  /** where the paper is filed: custody is knowing that */
  @Column({ name: 'filed_at', type: 'text', nullable: true }) filedAt: string | null;
  @Column({ name: 'image_ref', type: 'text', nullable: true }) imageRef: string | null;
  @Column({ type: 'text', nullable: true }) remarks: string | null;
  /** the month (Asia/Shanghai) it was received: the month whose return batch takes it */
  @Column({ name: 'return_month', type: 'text', nullable: true }) returnMonth: string | null;
  @Column({ name: 'batch_id', type: 'text', nullable: true }) batchId: string | null;
  @Column({ name: 'updated_at', ...instant }) updatedAt: Date;
}

/** Someone chased a missing POD, or its deadline did (R14 "missing PODs are chased"). */
@Entity('pod_chase')
export class PodChase {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'waybill_no', type: 'text' }) waybillNo: string;
  @Column({ ...instant }) at: Date;
  @Column({ type: 'jsonb', nullable: true }) by: StaffRef | null;
  @Column({ type: 'text', nullable: true }) role: string | null;
  @Column({ type: 'integer', nullable: true }) level: number | null;
  @Column({ type: 'text' }) note: string;
}

/** A branch's month of PODs to sort and send back: one deadline (R14, R39). */
@Entity('pod_return_period')
export class PodReturnPeriod {
  @PrimaryColumn({ type: 'text' }) branch: string;
  @PrimaryColumn({ type: 'text' }) month: string;
  @Column({ name: 'due_at', ...instant }) dueAt: Date;
  @Column({ type: 'text' }) state: 'open' | 'done';
  @Column({ name: 'escalation_level', type: 'integer' }) escalationLevel: number;
  @Column({ name: 'done_at', ...instant, nullable: true }) doneAt: Date | null;
}

/** One customer's PODs of a month: sent back by courier, or kept at their request (R14). */
@Entity('pod_return_batch')
export class PodReturnBatch {
  @PrimaryColumn({ type: 'text' }) id: string;
  @Column({ type: 'text' }) branch: string;
  @Column({ type: 'text' }) month: string;
  @Column({ name: 'customer_id', type: 'text' }) customerId: string;
  @Column({ name: 'customer_company', type: 'text' }) customerCompany: string;
  @Column({ type: 'text' }) disposition: 'return' | 'keep';
  @Column({ type: 'text' }) state: 'prepared' | 'sent' | 'kept';
  @Column({ name: 'prepared_at', ...instant }) preparedAt: Date;
  @Column({ name: 'prepared_by', type: 'jsonb' }) preparedBy: StaffRef;
  @Column({ type: 'text', nullable: true }) courier: string | null;
  @Column({ name: 'courier_ref', type: 'text', nullable: true }) courierRef: string | null;
  @Column({ name: 'sent_at', ...instant, nullable: true }) sentAt: Date | null;
  @Column({ name: 'sent_by', type: 'jsonb', nullable: true }) sentBy: StaffRef | null;
  @Column({ name: 'filed_at', type: 'text', nullable: true }) filedAt: string | null;
}
