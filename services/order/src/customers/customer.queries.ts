import { Injectable } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { decodeCursor, NotFoundProblem, Page, pageOf } from '@freight/platform';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Customer } from './customer.entity';
import type { HistoryLine } from '../shared/history-line.entity';
import { historyPage } from '../shared/history.store';

export type CustomerSearch = z.output<typeof OrderHttp.customerSearchQuery>;
type HistoryQuery = z.output<typeof OrderHttp.customerHistoryQuery>;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** What the desk reads of the customer file (R1): one file, a search, a history. */
@Injectable()
export class CustomerQueries {
  constructor(private readonly dataSource: DataSource) {}

  async byId(customerId: string): Promise<Customer> {
    const customer = await this.dataSource.manager.findOneBy(Customer, { customerId });
    if (!customer) throw new NotFoundProblem(`no customer ${customerId}`);
    return customer;
  }

  /**
   * R1 search: part of the company or a contact name, a phone (normalised; a fragment of at
   * least 4 digits matches anywhere), in the caller's branch (R41); ordered by id, keyset pages.
   */
  async search(query: CustomerSearch): Promise<Page<Customer>> {
    const qb = this.dataSource.manager.createQueryBuilder(Customer, 'c');
    if (query.branch) qb.andWhere('c.branch = :branch', { branch: query.branch });
    if (query.q) {
      qb.andWhere("(c.company ILIKE :q OR array_to_string(c.contactNames, ' | ') ILIKE :q)", {
        q: likePattern(query.q),
      });
    }
    if (query.phone) {
      const normal = OrderHttp.normalisePhone(query.phone);
      const digits = query.phone.replace(/\D/g, '');
      if (normal) qb.andWhere('c.phones @> ARRAY[:phone]::text[]', { phone: normal });
      else
        qb.andWhere("regexp_replace(array_to_string(c.phones, ','), '\\D', '', 'g') LIKE :digits", {
          digits: likePattern(digits.length >= 4 ? digits : query.phone),
        });
    }
    if (query.cursor) {
      qb.andWhere('c.customerId > :after', { after: decodeCursor(query.cursor, z.string()) });
    }
    const rows = await qb
      .orderBy('c.customerId', 'ASC')
      .limit(query.limit + 1)
      .getMany();
    return pageOf(
      rows,
      query.limit,
      (c) => c,
      (c) => c.customerId,
    );
  }

  /** R1: every change, oldest first (with what came from its lead, R9). */
  async history(customerId: string, query: HistoryQuery): Promise<Page<HistoryLine>> {
    await this.byId(customerId);
    return historyPage(this.dataSource.manager, { type: 'customer', id: customerId }, query);
  }
}
