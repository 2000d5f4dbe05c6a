import type { EntityManager } from 'typeorm';
import type { CalendarRef } from '../deadlines/deadline.model';
import type { BusinessCalendar } from './business-calendar.rules';
import { Calendar } from './calendar.entity';
import { CalendarNotFoundError } from './calendar.errors';

export function toBusinessCalendar(calendar: Calendar): BusinessCalendar {
  return {
    kind: 'business-hours',
    timeZone: calendar.timeZone,
    weeklyHours: calendar.weeklyHours,
    holidays: calendar.holidays,
    extraWorkingDays: calendar.extraWorkingDays,
  };
}

/** The calendar a deadline counts on, as the rules take it. */
export async function loadBusinessCalendar(
  manager: EntityManager,
  ref: CalendarRef,
): Promise<BusinessCalendar> {
  if (ref.kind === 'wall-clock') return { kind: 'wall-clock', timeZone: ref.timeZone ?? 'UTC' };
  const calendar = await manager.findOneBy(Calendar, { code: ref.branch });
  if (!calendar) throw new CalendarNotFoundError(ref.branch);
  return toBusinessCalendar(calendar);
}
