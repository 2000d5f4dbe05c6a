import { Controller, Get } from '@nestjs/common';
import type { z } from 'zod';
import { PlanningHttp } from '@freight/contracts';
import { ValidQuery } from '@freight/platform';
import { DataSource } from 'typeorm';
import { jobView } from './jobs.rules';
import { PlanningJob } from './planning-job.entity';

/** The day's pickups and deliveries of a branch, as the order events described them (R40). */
@Controller('jobs')
export class JobsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@ValidQuery(PlanningHttp.jobsQuery) query: z.output<typeof PlanningHttp.jobsQuery>) {
    const jobs = await this.dataSource.getRepository(PlanningJob).find({
      where: { planDate: query.date, ...(query.branch ? { branch: query.branch } : {}) },
      order: { branch: 'ASC', windowFrom: 'ASC', id: 'ASC' },
    });
    return { items: jobs.map(jobView) };
  }
}
