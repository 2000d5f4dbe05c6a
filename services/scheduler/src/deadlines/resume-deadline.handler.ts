import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { loadBusinessCalendar } from '../calendars/calendar.store';
import { Clock, CLOCK, inTransaction } from '@freight/platform';
import { DeadlineNotFoundError } from './deadline.errors';
import type { Deadline } from './deadline.model';
import { resumeDeadline } from './deadline.rules';
import { DeadlineFirerWakeup } from './deadline-firer.wakeup';
import { lockDeadline, recordChange } from './deadline.store';

/** Starts the clock again with the working time that was left; resuming twice is a no-op. */
@Injectable()
export class ResumeDeadlineHandler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() private readonly wakeup?: DeadlineFirerWakeup,
  ) {}

  handle(deadlineId: string, manager?: EntityManager): Promise<Deadline> {
    return inTransaction(this.dataSource, manager, async (tx) => {
      const deadline = await lockDeadline(tx, deadlineId);
      if (!deadline) throw new DeadlineNotFoundError(deadlineId);
      const calendar = await loadBusinessCalendar(tx, deadline.calendar);
      const change = resumeDeadline(deadline, calendar, this.clock.now());
      if (!change) return deadline;
      await recordChange(tx, change);
      this.wakeup?.scheduled(change.deadline.nextFireAt);
      return change.deadline;
    });
  }
}
