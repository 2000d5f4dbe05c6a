import { CreateCalendar1795651200000 } from './1795651200000-create-calendar';
import { CalendarHolidays1795651300000 } from './1795651300000-calendar-holidays';
import { CreateDeadline1795651400000 } from './1795651400000-create-deadline';

/**
 * Every migration of the scheduler database, oldest first. The outbox and inbox tables come
 * from @freight/messaging, added by PlatformModule.
 */
export const schedulerMigrations = [
  CreateCalendar1795651200000,
  CalendarHolidays1795651300000,
  CreateDeadline1795651400000,
];
