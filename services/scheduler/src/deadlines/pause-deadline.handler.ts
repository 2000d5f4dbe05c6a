import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { loadBusinessCalendar } from '../calendars/calendar.store';
import { Clock, CLOCK, inTransaction } from '@freight/platform';
import { DeadlineNotFoundError } from './deadline.errors';
import type { Deadline } from './deadline.model';
import { pauseDeadline } from './deadline.rules';
import { lockDeadline, recordChange } from './deadline.store';

/** Stops the clock while the work waits on someone else (e.g. the customer); pausing twice is a no-op. */
@Injectable()
export class PauseDeadlineHandler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  handle(deadlineId: string, manager?: EntityManager): Promise<Deadline> {
    return inTransaction(this.dataSource, manager, async (tx) => {
      const deadline = await lockDeadline(tx, deadlineId);
      if (!deadline) throw new DeadlineNotFoundError(deadlineId);
      const calendar = await loadBusinessCalendar(tx, deadline.calendar);
      const change = pauseDeadline(deadline, calendar, this.clock.now());
      if (!change) return deadline;
      await recordChange(tx, change);
      return change.deadline;
    });
  }
}
