import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A customer call must be answered within 5 minutes (R15), an internal one within 30 (R16). */
export const CALL_KINDS = ['customer', 'internal'] as const;
export type CallKind = (typeof CALL_KINDS)[number];

/** R15/R16: every call, whoever calls, is recorded. */
@Entity('call_log')
export class CallLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'branch_code', type: 'text' })
  branchCode: string;

  @Column({ name: 'call_kind', type: 'text' })
  callKind: CallKind;

  @Column({ name: 'caller_name', type: 'text' })
  callerName: string;

  @Column({ name: 'caller_phone', type: 'text', nullable: true })
  callerPhone: string | null;

  @Column({ type: 'text' })
  subject: string;

  /** username of the staff member who took the call */
  @Column({ name: 'taken_by', type: 'text' })
  takenBy: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  /** when the caller got an answer; open until then */
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
