import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeskLadders, RosterEntry } from './desk.rules';

/** One branch's complaint desk: its ladders and who holds each role (R15–R17, R21). */
@Entity('desk')
export class Desk {
  @PrimaryColumn('text')
  branch: string;

  @Column({ type: 'jsonb' })
  ladders: DeskLadders;

  @Column({ type: 'jsonb' })
  people: RosterEntry[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;
}
