import { Controller, Get } from '@nestjs/common';
import {
  CurrentActor,
  NotFoundProblem,
  pathId,
  ValidBody,
  ValidParam,
  ValidQuery,
  type Actor,
} from '@freight/platform';
import { WarehouseHttp as Http, WAREHOUSE_APPROVAL_KINDS } from '@freight/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { listForms } from '../shared/form-list';
import { Step } from '../shared/step.decorator';
import { Approval, approvalView } from './approval.entity';
import { APPROVAL_POLICY } from './approval-policy';
import { DecideApprovalHandler } from './decide-approval.handler';

/** The approvers' desk: what waits for whom, and the decision (R27–R37). */
@Controller()
export class ApprovalsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly decide: DecideApprovalHandler,
  ) {}

  @Get('approval-policy')
  policy() {
    return { items: WAREHOUSE_APPROVAL_KINDS.map((kind) => ({ kind, ...APPROVAL_POLICY[kind] })) };
  }

  @Get('approvals')
  async list(@ValidQuery(Http.approvalsQuery) q: z.output<typeof Http.approvalsQuery>) {
    return listForms(this.dataSource.manager, Approval, q, approvalView, {
      where: (b) => (q.kind ? b.andWhere('f.kind = :kind', { kind: q.kind }) : undefined),
      createdColumn: 'requested_at',
      createdOf: (a) => a.requestedAt,
    });
  }

  @Get('approvals/:id')
  async one(@ValidParam('id', pathId) id: string) {
    const approval = await this.dataSource.manager.findOneBy(Approval, { id });
    if (!approval) throw new NotFoundProblem(`no approval ${id}`);
    return approvalView(approval);
  }

  @Step('approvals/:id/approve')
  approve(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.decisionBody) body: z.output<typeof Http.decisionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.decide.handle(id, 'approved', actor, body.note);
  }

  @Step('approvals/:id/reject')
  reject(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.rejectionBody) body: z.output<typeof Http.rejectionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.decide.handle(id, 'rejected', actor, body.note);
  }
}
