import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { loadBusinessCalendar } from '../calendars/calendar.store';
import { Clock, CLOCK, inTransaction } from '@freight/platform';
import type { ArmDeadline, Deadline } from './deadline.model';
import { calendarRefOf } from './deadline-schedule.rules';
import { armDeadline, checkRearm } from './deadline.rules';
import { DeadlineFirerWakeup } from './deadline-firer.wakeup';
import { lockDeadline, recordChange } from './deadline.store';

export interface ArmResult {
  deadline: Deadline;
  /** false when the same arm came again (idempotent no-op) */
  armed: boolean;
}

/** R39: a service starts a clock. The id is the requester's, so a repeated arm is a no-op. */
@Injectable()
export class ArmDeadlineHandler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() private readonly wakeup?: DeadlineFirerWakeup,
  ) {}

  handle(command: ArmDeadline, manager?: EntityManager): Promise<ArmResult> {
    return inTransaction(this.dataSource, manager, async (tx) => {
      // Two arms of one id racing: the second waits on the first's row lock, then sees it.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [command.deadlineId]);
      const existing = await lockDeadline(tx, command.deadlineId);
      if (existing) {
        checkRearm(existing, command);
        return { deadline: existing, armed: false };
      }
      const calendar = await loadBusinessCalendar(tx, calendarRefOf(command.due));
      const change = armDeadline(command, calendar, this.clock.now());
      await recordChange(tx, change);
      this.wakeup?.scheduled(change.deadline.nextFireAt);
      return { deadline: change.deadline, armed: true };
    });
  }
}
