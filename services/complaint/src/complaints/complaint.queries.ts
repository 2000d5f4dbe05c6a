import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { z as zod } from 'zod';
import { DataSource } from 'typeorm';
import type { ComplaintHttp } from '@freight/contracts';
import { decodeCursor, NotFoundProblem, pageOf } from '@freight/platform';
import { companiesOf } from '../read-models/customer-directory';
import { KnownWaybill } from '../read-models/known-waybill.entity';
import { ComplaintCause } from './complaint-cause.entity';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { ComplaintStep } from './complaint-step.entity';
import { Complaint } from './complaint.entity';
import type { NewStep } from './complaint.rules';
import { complaintSummary, complaintView } from './complaint.view';

type ComplaintsQuery = z.output<typeof ComplaintHttp.complaintsQuery>;
const cursorKey = zod.tuple([zod.iso.datetime({ offset: true }), zod.string()]);

/** Reads of the register for the gateway (R17, R18). */
@Injectable()
export class ComplaintQueries {
  constructor(private readonly dataSource: DataSource) {}

  async byId(id: string, hqCopy: boolean) {
    const manager = this.dataSource.manager;
    const complaint = await manager.findOneBy(Complaint, { id });
    if (!complaint) throw new NotFoundProblem(`no complaint ${id}`);
    const [steps, escalations, companies, order] = await Promise.all([
      manager.find(ComplaintStep, { where: { complaintId: id }, order: { id: 'ASC' } }),
      manager.find(ComplaintEscalation, {
        where: { complaintId: id },
        order: { round: 'ASC', level: 'ASC' },
      }),
      companiesOf(manager, [complaint.customerId]),
      complaint.waybillNo
        ? manager.findOneBy(KnownWaybill, { waybillNo: complaint.waybillNo })
        : null,
    ]);
    return complaintView(complaint, {
      steps,
      escalations,
      company: complaint.customerId ? (companies.get(complaint.customerId) ?? null) : null,
      orderId: order?.orderId ?? null,
      hqCopy,
    });
  }

  /** A complaint just registered, from what its writer knew (its steps, the caller's company). */
  async registered(c: Complaint, steps: NewStep[], company: string | null, hqCopy: boolean) {
    const order = c.waybillNo
      ? await this.dataSource.manager.findOneBy(KnownWaybill, { waybillNo: c.waybillNo })
      : null;
    return complaintView(c, {
      steps: steps.map((s) => ({ ...s, hqOnly: s.hqOnly ?? false })),
      escalations: [],
      company,
      orderId: order?.orderId ?? null,
      hqCopy,
    });
  }

  async list(query: ComplaintsQuery) {
    const descending = query.sort.startsWith('-');
    const qb = this.dataSource.manager
      .createQueryBuilder(Complaint, 'c')
      .orderBy('c.registeredAt', descending ? 'DESC' : 'ASC')
      .addOrderBy('c.id', descending ? 'DESC' : 'ASC')
      .limit(query.limit + 1);
    const filters: [keyof ComplaintsQuery, string][] = [
      ['branch', 'c.branch = :branch'],
      ['state', 'c.state = :state'],
      ['cause', 'c.cause = :cause'],
      ['customerId', 'c.customerId = :customerId'],
      ['waybillNo', 'c.waybillNo = :waybillNo'],
      ['assigneeRole', 'c.assigneeRole = :assigneeRole'],
      ['from', 'c.registeredAt >= :from'],
      ['to', 'c.registeredAt < :to'],
    ];
    for (const [field, clause] of filters)
      if (query[field] !== undefined) qb.andWhere(clause, { [field]: query[field] });
    if (query.important !== undefined)
      qb.andWhere('c.important = :important', { important: query.important === 'true' });
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, cursorKey);
      qb.andWhere(`(c.registeredAt, c.id) ${descending ? '<' : '>'} (:at, :id)`, { at, id });
    }
    return pageOf(await qb.getMany(), query.limit, complaintSummary, (c) => [
      c.registeredAt.toISOString(),
      c.id,
    ]);
  }

  causes() {
    return this.dataSource.manager.find(ComplaintCause, { order: { code: 'ASC' } });
  }
}
