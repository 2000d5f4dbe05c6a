import { Injectable } from '@nestjs/common';
import { Actor, Clock, InjectClock, InjectServiceConfig, Transactions } from '@freight/platform';
import type { TrackingConfig } from '../config';
import { staffRefOf } from '../staff';
import { AmountNeeded, ExceptionClosed } from './exception.errors';
import { checkClose } from './exception.rules';
import { ExceptionStep, ShipmentException } from './shipment-exception.entity';

export interface StepBody {
  kind: 'note' | 'customer-contacted' | 'compensation-offered';
  text: string;
  amount?: { amountMinor: number; currency: 'CNY' };
}

/** R13 "tracked to closure": each thing done about an exception is a step, who and when. */
@Injectable()
export class ExceptionStepHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: TrackingConfig,
  ) {}

  handle(id: string, body: StepBody, actor: Actor): Promise<void> {
    return this.transactions.run(async (tx) => {
      const e = await tx.lock(ShipmentException, { id }, `exception ${id}`);
      if (e.state === 'closed') throw new ExceptionClosed(id);
      if (body.kind === 'compensation-offered') {
        if (!body.amount) throw new AmountNeeded();
        // an offer binds the company: only within the offering role's authority (R13)
        checkClose(e, actor.role, body.amount.amountMinor, {
          agentLimitFen: this.config.AGENT_COMPENSATION_LIMIT_FEN,
          managerLimitFen: this.config.MANAGER_COMPENSATION_LIMIT_FEN,
        });
      }
      const now = this.clock.now();
      await tx.manager.insert(ExceptionStep, {
        exceptionId: id,
        kind: body.kind,
        at: now,
        by: staffRefOf(actor),
        role: actor.role,
        text: body.text,
        amountMinor: body.amount?.amountMinor ?? null,
      });
      await tx.manager.update(ShipmentException, { id }, { updatedAt: now });
    });
  }
}
