import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Branch } from '../branches/branch.entity';
import type { Role } from './roles';

/** R41: a member of staff who signs in to the gateway, with one role in one branch. */
@Entity('app_user')
export class AppUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'branch_code', type: 'text' })
  branchCode: string;

  @ManyToOne(() => Branch, { nullable: false })
  @JoinColumn({ name: 'branch_code' })
  branch?: Branch;

  /** `scrypt$N$r$p$salt$hash`, see password-hash.ts */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  /** end of the latest sign-in lock from some address (decision 0023); other addresses still sign in */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** raised by a role, branch or password change, a disable, "revoke sessions": older tokens are refused */
  @Column({ name: 'token_epoch', type: 'integer', default: 0 })
  tokenEpoch: number;

  /** set while the account is disabled: no sign-in, no token of theirs accepted */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
