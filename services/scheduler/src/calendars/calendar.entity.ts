import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A stretch of working time on a weekday, local wall-clock "HH:MM". */
export interface WorkingHours {
  from: string;
  to: string;
}

export type WeeklyHours = Record<Weekday, WorkingHours[]>;

/**
 * A business calendar (R39): deadlines that count business hours ("reply within 8 working
 * hours") are measured against a branch's weekly hours in its time zone. Holidays follow.
 */
@Entity('calendar')
export class Calendar {
  /** the branch code (SH01, GZ01, HQ) whose working time this is */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** IANA zone, e.g. Asia/Shanghai */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ name: 'weekly_hours', type: 'jsonb' })
  weeklyHours: WeeklyHours;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
