import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { DataSource } from 'typeorm';
import type { ComplaintHttp } from '@freight/contracts';
import { decodeCursor, NotFoundProblem, pageOf } from '@freight/platform';
import { z as zod } from 'zod';
import { companiesOf } from '../read-models/customer-directory';
import { KnownWaybill } from '../read-models/known-waybill.entity';
import { Call } from './call.entity';
import { callView } from './call.view';

type CallsQuery = z.output<typeof ComplaintHttp.callsQuery>;
const cursorKey = zod.tuple([zod.iso.datetime({ offset: true }), zod.uuid()]);

/** Reads of the call log for the gateway (R15): one call, and lists filtered in SQL. */
@Injectable()
export class CallQueries {
  constructor(private readonly dataSource: DataSource) {}

  async byId(id: string) {
    const call = await this.dataSource.manager.findOneBy(Call, { id });
    if (!call) throw new NotFoundProblem(`no call ${id}`);
    return (await this.views([call]))[0];
  }

  /** A call just written, with what the writer knew: only a cargo lookup needs another read. */
  async view(call: Call, company: string | null) {
    const order = call.waybillNo
      ? await this.dataSource.manager.findOneBy(KnownWaybill, { waybillNo: call.waybillNo })
      : null;
    return callView(call, company, order);
  }

  async list(query: CallsQuery) {
    const descending = query.sort.startsWith('-');
    const qb = this.dataSource.manager
      .createQueryBuilder(Call, 'c')
      .orderBy('c.startedAt', descending ? 'DESC' : 'ASC')
      .addOrderBy('c.id', descending ? 'DESC' : 'ASC')
      .limit(query.limit + 1);
    const filters: [keyof CallsQuery, string][] = [
      ['branch', 'c.branch = :branch'],
      ['kind', 'c.kind = :kind'],
      ['state', 'c.answerState = :state'],
      ['agent', 'c.agent = :agent'],
      ['customerId', 'c.customerId = :customerId'],
      ['assigneeRole', 'c.assigneeRole = :assigneeRole'],
      ['from', 'c.startedAt >= :from'],
      ['to', 'c.startedAt < :to'],
    ];
    for (const [field, clause] of filters)
      if (query[field] !== undefined) qb.andWhere(clause, { [field]: query[field] });
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, cursorKey);
      qb.andWhere(`(c.startedAt, c.id) ${descending ? '<' : '>'} (:at, :id)`, { at, id });
    }
    const rows = await qb.getMany();
    const page = pageOf(
      rows,
      query.limit,
      (row) => row,
      (row) => [row.startedAt.toISOString(), row.id],
    );
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  private async views(calls: Call[]) {
    const manager = this.dataSource.manager;
    const companies = await companiesOf(
      manager,
      calls.map((c) => c.customerId),
    );
    const waybills = [...new Set(calls.map((c) => c.waybillNo).filter((w): w is string => !!w))];
    const orders = new Map(
      (waybills.length
        ? await manager.findBy(
            KnownWaybill,
            waybills.map((waybillNo) => ({ waybillNo })),
          )
        : []
      ).map((w) => [w.waybillNo, w]),
    );
    return calls.map((call) => {
      const order = call.waybillNo ? orders.get(call.waybillNo) : undefined;
      return callView(
        call,
        call.customerId ? (companies.get(call.customerId) ?? null) : null,
        order ? { ...order } : null,
      );
    });
  }
}
