import { Inject, Injectable } from '@nestjs/common';
import { And, DataSource, In, LessThanOrEqual, MoreThan } from 'typeorm';
import { parseOffset } from '../calendars/calendar-offset.rules';
import { Clock, CLOCK } from '@freight/platform';
import { DeadlineHistoryRecord } from './deadline-history.entity';
import { DeadlineRecord } from './deadline.entity';
import { DeadlineNotFoundError } from './deadline.errors';

/** What the gateway reads: a subject's deadlines, a role's queue, a deadline's history. */
@Injectable()
export class DeadlineQueries {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A subject's deadlines; only those of `branch` when given (the gateway's branch scope, R41). */
  ofSubject(subjectType: string, subjectId: string, branch?: string): Promise<DeadlineRecord[]> {
    return this.dataSource.getRepository(DeadlineRecord).find({
      where: { subjectType, subjectId, ...(branch === undefined ? {} : { branch }) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async byId(id: string): Promise<DeadlineRecord> {
    const record = await this.dataSource.getRepository(DeadlineRecord).findOneBy({ id });
    if (!record) throw new DeadlineNotFoundError(id);
    return record;
  }

  async history(id: string): Promise<DeadlineHistoryRecord[]> {
    await this.byId(id);
    return this.dataSource
      .getRepository(DeadlineHistoryRecord)
      .find({ where: { deadlineId: id }, order: { seq: 'ASC' } });
  }

  /**
   * Overdue: a level fired to this role and the work is not done (paused ones wait on someone
   * else). Due soon: the next level goes to this role within `dueSoonWithin` (calendar months
   * counted as 31 days here: the window is a filter, not a deadline).
   */
  async queue(branch: string, role: string, dueSoonWithin: string) {
    const now = this.clock.now();
    const { months, ms } = parseOffset(dueSoonWithin);
    const horizon = new Date(now.getTime() + months * 31 * 86_400_000 + ms);
    const deadlines = this.dataSource.getRepository(DeadlineRecord);
    const [overdue, dueSoon] = await Promise.all([
      deadlines.find({
        where: { branch, escalatedRole: role, state: In(['armed', 'escalated']) },
        order: { dueAt: 'ASC', id: 'ASC' },
      }),
      deadlines.find({
        where: {
          branch,
          nextRole: role,
          state: 'armed',
          nextFireAt: And(MoreThan(now), LessThanOrEqual(horizon)),
        },
        order: { nextFireAt: 'ASC', id: 'ASC' },
      }),
    ]);
    return { now, overdue, dueSoon };
  }
}
