import { Calendar } from './calendars/calendar.entity';
import { DeadlineHistoryRecord } from './deadlines/deadline-history.entity';
import { DeadlineRecord } from './deadlines/deadline.entity';

export { schedulerMigrations } from './migrations';

/** Every TypeORM entity of the scheduler database. */
export const schedulerEntities = [Calendar, DeadlineRecord, DeadlineHistoryRecord];
