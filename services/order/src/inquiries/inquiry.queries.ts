import { Injectable } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { NotFoundProblem, Page, pageOf } from '@freight/platform';
import { DataSource, In } from 'typeorm';
import type { z } from 'zod';
import { keyOf, newestFirst } from '../shared/keyset';
import { Inquiry } from './inquiry.entity';
import { Quote } from './quote.entity';

export type InquiryListQuery = z.output<typeof OrderHttp.inquiryListQuery>;

/** The desk's reads of inquiries and quotes (R2, R3). */
@Injectable()
export class InquiryQueries {
  constructor(private readonly dataSource: DataSource) {}

  async byId(inquiryId: string): Promise<{ inquiry: Inquiry; quote: Quote | null }> {
    const inquiry = await this.dataSource.manager.findOneBy(Inquiry, { inquiryId });
    if (!inquiry) throw new NotFoundProblem(`no inquiry ${inquiryId}`);
    const quote = inquiry.quoteId
      ? await this.dataSource.manager.findOneBy(Quote, { quoteId: inquiry.quoteId })
      : null;
    return { inquiry, quote };
  }

  async quote(quoteId: string): Promise<Quote> {
    const quote = await this.dataSource.manager.findOneBy(Quote, { quoteId });
    if (!quote) throw new NotFoundProblem(`no quote ${quoteId}`);
    return quote;
  }

  /** Newest first, in the caller's branch; what is open, escalated, someone's. */
  async list(query: InquiryListQuery): Promise<Page<{ inquiry: Inquiry; quote: Quote | null }>> {
    const qb = this.dataSource.manager.createQueryBuilder(Inquiry, 'i');
    if (query.branch) qb.andWhere('i.branch = :branch', { branch: query.branch });
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.customerId)
      qb.andWhere('i.customerId = :customerId', { customerId: query.customerId });
    if (query.assignedTo)
      qb.andWhere("i.assignedTo ->> 'userId' = :agent", { agent: query.assignedTo });
    if (query.from) qb.andWhere('i.receivedAt >= :from', { from: query.from });
    if (query.to) qb.andWhere('i.receivedAt < :to', { to: query.to });
    if (query.escalated)
      qb.andWhere(`jsonb_array_length(i.escalations) ${query.escalated === 'true' ? '>' : '='} 0`);
    const rows = await newestFirst(
      qb,
      { time: 'i.receivedAt', id: 'i.inquiryId' },
      query,
    ).getMany();
    const quoteIds = rows.flatMap((i) => (i.quoteId ? [i.quoteId] : []));
    const quotes = quoteIds.length
      ? await this.dataSource.manager.findBy(Quote, { quoteId: In(quoteIds) })
      : [];
    const withQuote = rows.map((inquiry) => ({
      inquiry,
      quote: quotes.find((q) => q.quoteId === inquiry.quoteId) ?? null,
    }));
    return pageOf(
      withQuote,
      query.limit,
      (r) => r,
      (r) => keyOf(r.inquiry.receivedAt, r.inquiry.inquiryId),
    );
  }
}
