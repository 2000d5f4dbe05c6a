import { Controller, Get, Param, Query } from '@nestjs/common';
import type { z } from 'zod';
import { ZodValidation } from '@freight/platform';
import { queueQuery, subjectDeadlinesQuery } from './deadline-commands.schemas';
import { DeadlineQueries } from './deadline.queries';
import { deadlineView, historyView } from './deadline.view';

/** What the gateway reads (R39): a subject's deadlines, a role's queue, a deadline's history. */
@Controller()
export class DeadlinesHttpController {
  constructor(private readonly queries: DeadlineQueries) {}

  @Get('deadlines')
  async ofSubject(
    @Query(new ZodValidation(subjectDeadlinesQuery, 'query'))
    query: z.output<typeof subjectDeadlinesQuery>,
  ) {
    const records = await this.queries.ofSubject(query.subjectType, query.subjectId, query.branch);
    return { items: records.map(deadlineView) };
  }

  @Get('deadlines/:id')
  async byId(@Param('id') id: string) {
    return deadlineView(await this.queries.byId(id));
  }

  @Get('deadlines/:id/history')
  async history(@Param('id') id: string) {
    return { items: (await this.queries.history(id)).map(historyView) };
  }

  /** The branch's work for a role: what is overdue on it, and what reaches it soon. */
  @Get('queues/:branch/:role')
  async queue(
    @Param('branch') branch: string,
    @Param('role') role: string,
    @Query(new ZodValidation(queueQuery, 'query')) query: z.output<typeof queueQuery>,
  ) {
    const { now, overdue, dueSoon } = await this.queries.queue(branch, role, query.dueSoonWithin);
    return {
      asOf: now.toISOString(),
      overdue: overdue.map(deadlineView),
      dueSoon: dueSoon.map(deadlineView),
    };
  }
}
