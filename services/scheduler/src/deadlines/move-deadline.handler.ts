import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { loadBusinessCalendar } from '../calendars/calendar.store';
import { Clock, CLOCK, inTransaction } from '@freight/platform';
import { DeadlineNotFoundError } from './deadline.errors';
import type { Deadline, DueSpec } from './deadline.model';
import { calendarRefOf } from './deadline-schedule.rules';
import { moveDeadline } from './deadline.rules';
import { DeadlineFirerWakeup } from './deadline-firer.wakeup';
import { lockDeadline, recordChange } from './deadline.store';

/** A new due time, e.g. a promised delivery time renegotiated (R13); fired levels stay fired. */
@Injectable()
export class MoveDeadlineHandler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() private readonly wakeup?: DeadlineFirerWakeup,
  ) {}

  handle(deadlineId: string, due: DueSpec, manager?: EntityManager): Promise<Deadline> {
    return inTransaction(this.dataSource, manager, async (tx) => {
      const deadline = await lockDeadline(tx, deadlineId);
      if (!deadline) throw new DeadlineNotFoundError(deadlineId);
      const calendar = await loadBusinessCalendar(tx, calendarRefOf(due));
      const change = moveDeadline(deadline, due, calendar, this.clock.now());
      await recordChange(tx, change);
      this.wakeup?.scheduled(change.deadline.nextFireAt);
      return change.deadline;
    });
  }
}
