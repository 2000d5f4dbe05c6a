import { Injectable } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { NotFoundProblem, Page, pageOf } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { keyOf, newestFirst } from '../shared/keyset';
import { Lead } from './lead.entity';

export type LeadListQuery = z.output<typeof OrderHttp.leadListQuery>;

/** The desk's reads of leads (R9): one, or the branch's newest first. */
@Injectable()
export class LeadQueries {
  constructor(private readonly dataSource: DataSource) {}

  async byId(leadId: string): Promise<Lead> {
    const lead = await this.dataSource.manager.findOneBy(Lead, { leadId });
    if (!lead) throw new NotFoundProblem(`no lead ${leadId}`);
    return lead;
  }

  async list(query: LeadListQuery): Promise<Page<Lead>> {
    const qb = this.dataSource.manager.createQueryBuilder(Lead, 'l');
    if (query.branch) qb.andWhere('l.branch = :branch', { branch: query.branch });
    if (query.status) qb.andWhere('l.status = :status', { status: query.status });
    const rows = await newestFirst(qb, { time: 'l.createdAt', id: 'l.leadId' }, query).getMany();
    return pageOf(
      rows,
      query.limit,
      (l) => l,
      (l) => keyOf(l.createdAt, l.leadId),
    );
  }
}
