import { Injectable } from '@nestjs/common';
import { NotFoundProblem, type Tx } from '@freight/platform';
import { recordStep } from '../shared/form.entity';
import type { Staff } from '../shared/staff';
import { GatePass } from './gate-pass.entity';
import { GatePassRefused } from './gate-subjects';

/**
 * R29 "仓库见出门证提货联后方可发货": the keeper issues goods only against the pass finance issued
 * for that very form; the pass then waits for the gate guard.
 */
@Injectable()
export class GatePasses {
  async issueAgainst(
    tx: Tx,
    passId: string | undefined,
    document: { type: string; id: string; branch: string },
    by: Staff,
    at: Date,
  ) {
    if (!passId)
      throw new GatePassRefused(
        'gate-pass-missing',
        `${document.id}: goods leave the company only against a gate pass from finance (R29)`,
      );
    const pass = await tx.manager.findOne(GatePass, {
      where: { id: passId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!pass || pass.branch !== document.branch)
      throw new NotFoundProblem(`no gate pass ${passId} in ${document.branch}`);
    if (pass.documentType !== document.type || pass.documentId !== document.id)
      throw new GatePassRefused(
        'gate-pass-mismatch',
        `${pass.id} is for ${pass.documentType} ${pass.documentId}, not ${document.id}`,
      );
    if (pass.status !== 'issued')
      throw new GatePassRefused('gate-pass-used', `goods were already issued against ${pass.id}`);
    pass.status = 'goods-issued';
    pass.goodsIssuedAt = at;
    recordStep(pass, 'goods-issued', by, at);
    await tx.manager.save(pass);
    return pass;
  }
}
