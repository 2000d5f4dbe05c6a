import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ExceptionKind } from '../shipments/shipment-status.rules';
import type { StaffRef } from '../staff';

export type { StaffRef };

export type ExceptionSource = 'dispatch' | 'agent' | 'delay-detection';
export type ExceptionStepKind =
  'raised' | 'note' | 'customer-contacted' | 'compensation-offered' | 'escalated' | 'closed';

const instant = { type: 'timestamptz' as const };
const fen = {
  type: 'bigint' as const,
  nullable: true,
  transformer: {
    to: (v: number | null) => v,
    from: (v: string | null) => (v === null ? null : Number(v)),
  },
};

/** R13: a delay, damage, shortage, wrong delivery or refusal, tracked to closure. */
@Entity('shipment_exception')
export class ShipmentException {
  @PrimaryColumn({ type: 'text' }) id: string;
  @Column({ name: 'waybill_no', type: 'text' }) waybillNo: string;
  @Column({ type: 'text' }) branch: string;
  @Column({ name: 'customer_id', type: 'text' }) customerId: string;
  @Column({ type: 'text' }) kind: ExceptionKind;
  @Column({ type: 'text' }) source: ExceptionSource;
  @Column({ type: 'text' }) note: string;
  @Column({ name: 'raised_at', ...instant }) raisedAt: Date;
  @Column({ name: 'raised_by', type: 'jsonb', nullable: true }) raisedBy: StaffRef | null;
  /** the dispatch step that reported it: one exception per step, however often it arrives */
  @Column({ name: 'dispatch_step_id', ...fen }) dispatchStepId: number | null;
  @Column({ type: 'text' }) state: 'open' | 'closed';
  /** who handles it now: the agent, then up the ladder (R13) */
  @Column({ name: 'assigned_role', type: 'text' }) assignedRole: string;
  @Column({ name: 'escalation_level', type: 'integer' }) escalationLevel: number;
  @Column({ name: 'compensation_minor', ...fen }) compensationMinor: number | null;
  @Column({ name: 'compensation_currency', type: 'text', nullable: true })
  compensationCurrency: string | null;
  @Column({ type: 'text', nullable: true }) resolution: string | null;
  @Column({ name: 'closed_at', ...instant, nullable: true }) closedAt: Date | null;
  @Column({ name: 'closed_by', type: 'jsonb', nullable: true }) closedBy: StaffRef | null;
  @Column({ name: 'updated_at', ...instant }) updatedAt: Date;
}

/** One step of handling an exception: who did what, when (R13 "tracked to closure"). */
@Entity('exception_step')
export class ExceptionStep {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'exception_id', type: 'text' }) exceptionId: string;
  @Column({ type: 'text' }) kind: ExceptionStepKind;
  @Column({ ...instant }) at: Date;
  @Column({ type: 'jsonb', nullable: true }) by: StaffRef | null;
  @Column({ type: 'text', nullable: true }) role: string | null;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'amount_minor', ...fen }) amountMinor: number | null;
}
