import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ExtraWorkingDay, WeeklyHours } from './business-calendar.rules';

export { WEEKDAYS } from './business-calendar.rules';
export type { Weekday, WeeklyHours, WorkingHours } from './business-calendar.rules';

/**
 * A business calendar (R39): deadlines that count business hours ("reply within 8 working
 * hours") are measured against a branch's weekly hours, holidays and extra working days in its
 * time zone.
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

  /** local dates, YYYY-MM-DD */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  holidays: string[];

  @Column({ name: 'extra_working_days', type: 'jsonb', default: () => "'[]'" })
  extraWorkingDays: ExtraWorkingDay[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
