import { CreateCalendar1795651200000 } from './1795651200000-create-calendar';

/** Every migration of the scheduler database, oldest first. */
export const schedulerMigrations = [CreateCalendar1795651200000];
