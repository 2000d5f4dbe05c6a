import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** R41: a branch (or headquarters, code HQ). Staff belong to one; times show in its zone. */
@Entity('branch')
export class Branch {
  /** short code used everywhere, e.g. SH01 */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** IANA zone, e.g. Asia/Shanghai */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
