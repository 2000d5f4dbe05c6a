import { Injectable } from '@nestjs/common';
import { NotFoundProblem, ValidationProblem, type Actor, type Tx } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import type { z } from 'zod';
import { Fines } from '../fines/fines';
import { alert } from '../shared/alerts';
import { newForm, recordStep, saveForm } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import { staffOf, type Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { GateExit, gateExitView, GatePass, gatePassView } from './gate-pass.entity';
import { GatePassRefused, GateSubjects } from './gate-subjects';

type NewGatePass = z.output<typeof WarehouseHttp.newGatePassBody>;
type NewGateExit = z.output<typeof WarehouseHttp.newGateExitBody>;

/** R29: finance's gate pass; the gate guard's check as goods leave (R38 4.3 without one). */
@Injectable()
export class GateHandlers {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly subjects: GateSubjects,
    private readonly fines: Fines,
    private readonly clock: WarehouseClock,
  ) {}

  issuePass(body: NewGatePass, by: Staff) {
    return this.transactions.run(async (tx) => {
      const { type, id } = body.document;
      const existing = await tx.manager.findOneBy(GatePass, { documentType: type, documentId: id });
      if (existing)
        throw new GatePassRefused(
          'gate-pass-exists',
          `${type} ${id} already has gate pass ${existing.id}`,
        );
      const subject = this.subjects.of(type);
      const { basis, lines } = await subject.passFor(tx, id, body.branch, body.payment);
      const now = this.clock.now();
      const pass = tx.manager.create(GatePass, {
        ...newForm(
          await nextFormNumber(tx.manager, 'GP', body.branch),
          body.branch,
          'issued',
          by,
          now,
        ),
        documentType: type,
        documentId: id,
        basis,
        payment: body.payment
          ? {
              kind: body.payment.kind,
              receiptNo: body.payment.kind === 'paid' ? body.payment.receiptNo : null,
              amountMinor: body.payment.kind === 'paid' ? body.payment.amountMinor : null,
              reference: body.payment.kind === 'arranged' ? body.payment.reference : null,
            }
          : null,
        lines,
        goodsIssuedAt: null,
        leftAt: null,
        exitId: null,
      });
      await tx.manager.insert(GatePass, pass);
      await subject.passIssued(tx, id, pass, by, now);
      await tx.publish({
        type: 'warehouse.gate-pass.issued',
        branch: pass.branch,
        data: {
          gatePassId: pass.id,
          branch: pass.branch,
          document: { type, id },
          basis,
          lines,
          issuedBy: by,
          issuedAt: now.toISOString(),
        },
      });
      return gatePassView(pass);
    });
  }

  recordExit(body: NewGateExit, actor: Actor) {
    return this.transactions.run(async (tx) => {
      const now = this.clock.now();
      const guard = this.guardOf(body, actor);
      const id = await nextFormNumber(tx.manager, 'GX', body.branch);
      const exit = tx.manager.create(GateExit, {
        ...newForm(
          id,
          body.branch,
          body.gatePassId ? 'with-pass' : 'without-pass',
          staffOf(actor),
          now,
        ),
        gatePassId: body.gatePassId ?? null,
        vehicle: body.vehicle ?? null,
        carrier: body.carrier ?? null,
        description: body.description ?? null,
        guard,
        fineId: null,
      });
      if (body.gatePassId) await this.passChecked(tx, body.gatePassId, exit, now);
      else exit.fineId = await this.leftWithoutPass(tx, exit, now);
      await tx.manager.insert(GateExit, exit);
      await tx.publish({
        type: 'warehouse.gate-exit.recorded',
        branch: exit.branch,
        data: {
          exitId: exit.id,
          branch: exit.branch,
          gatePassId: exit.gatePassId,
          guard,
          vehicle: exit.vehicle,
          description: exit.description,
          at: now.toISOString(),
        },
      });
      return gateExitView(exit);
    });
  }

  /** The guard checks the pass: goods issued against it, not out before; the form hears of it. */
  private async passChecked(tx: Tx, passId: string, exit: GateExit, at: Date) {
    const pass = await tx.manager.findOne(GatePass, {
      where: { id: passId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!pass || pass.branch !== exit.branch)
      throw new NotFoundProblem(`no gate pass ${passId} in ${exit.branch}`);
    if (pass.status === 'left-the-gate')
      throw new GatePassRefused(
        'gate-pass-used',
        `${pass.id} was used at the gate on ${pass.leftAt!.toISOString()} (${pass.exitId}): stop the goods`,
      );
    if (pass.status !== 'goods-issued')
      throw new GatePassRefused(
        'goods-not-issued',
        `the warehouse has not issued goods against ${pass.id}: stop the goods`,
      );
    pass.status = 'left-the-gate';
    pass.leftAt = at;
    pass.exitId = exit.id;
    recordStep(pass, 'left-the-gate', exit.guard, at);
    await saveForm(tx, pass);
    await this.subjects.of(pass.documentType).leftTheGate?.(tx, pass.documentId, pass, at);
  }

  /** R38 4.3: goods out without a pass — 50 for the guard, and the warehouse told at once. */
  private async leftWithoutPass(tx: Tx, exit: GateExit, at: Date) {
    const line = await this.fines.assess(tx, {
      branch: exit.branch,
      person: exit.guard,
      reason: 'left-without-gate-pass',
      subject: { type: 'gate-exit', id: exit.id },
      explanation: `${exit.id}: ${exit.description ?? 'goods'}${exit.vehicle ? ` on ${exit.vehicle}` : ''} left without a gate pass.`,
      source: `gate-exit:${exit.id}`,
      at,
      by: exit.createdBy,
    });
    await alert(tx, {
      alertId: `gate-exit:${exit.id}:without-pass`,
      rule: 'R38',
      kind: 'left-without-gate-pass',
      subject: { type: 'gate-exit', id: exit.id, branch: exit.branch },
      roles: ['warehouse-keeper', 'branch-manager', 'general-manager'],
      title: `Goods left ${exit.branch} without a gate pass (${exit.vehicle ?? 'no vehicle noted'})`,
      detail: exit.description ?? undefined,
      raisedAt: at.toISOString(),
    });
    return line?.id ?? null;
  }

  private guardOf(body: NewGateExit, actor: Actor): Staff {
    if (actor.role === 'gate-guard') return staffOf(actor);
    if (!body.guard)
      throw new ValidationProblem([
        { field: 'guard', message: 'name the guard on duty when someone else records the exit' },
      ]);
    return {
      userId: body.guard.userId ?? `user:${body.guard.username}`,
      username: body.guard.username,
      role: 'gate-guard',
    };
  }
}
