import { Injectable } from '@nestjs/common';
import {
  Actor,
  Clock,
  InjectClock,
  InjectServiceConfig,
  Transactions,
  Tx,
} from '@freight/platform';
import type { TrackingConfig } from '../config';
import { StaffRef, staffRefOf, StaffRole } from '../staff';
import { stopHandling } from './exception.deadlines';
import { checkClose } from './exception.rules';
import { ExceptionStep, ShipmentException } from './shipment-exception.entity';

export interface CloseBody {
  resolution: string;
  compensation?: { amountMinor: number; currency: 'CNY' };
}

/**
 * R13: an exception is closed by whoever holds it, paying at most what their role may
 * (AGENT_/MANAGER_COMPENSATION_LIMIT_FEN); its handling clock stops and billing hears of any
 * compensation (`tracking.exception.closed`).
 */
@Injectable()
export class CloseExceptionHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: TrackingConfig,
  ) {}

  handle(id: string, body: CloseBody, actor: Actor): Promise<void> {
    return this.transactions.run(async (tx) => {
      const e = await tx.lock(ShipmentException, { id }, `exception ${id}`);
      checkClose(e, actor.role, body.compensation?.amountMinor ?? 0, {
        agentLimitFen: this.config.AGENT_COMPENSATION_LIMIT_FEN,
        managerLimitFen: this.config.MANAGER_COMPENSATION_LIMIT_FEN,
      });
      await this.close(tx, e, {
        resolution: body.resolution,
        compensationFen: body.compensation?.amountMinor ?? null,
        by: staffRefOf(actor),
        role: actor.role,
        at: this.clock.now(),
      });
    });
  }

  /** Closes in the caller's transaction (also used when a delivery settles a delay by itself). */
  async close(
    tx: Tx,
    e: ShipmentException,
    how: {
      resolution: string;
      compensationFen: number | null;
      by: StaffRef | null;
      role: string | null;
      at: Date;
    },
  ): Promise<void> {
    Object.assign(e, {
      state: 'closed',
      resolution: how.resolution,
      compensationMinor: how.compensationFen,
      compensationCurrency: how.compensationFen === null ? null : 'CNY',
      closedAt: how.at,
      closedBy: how.by,
      updatedAt: how.at,
    });
    await tx.manager.save(e);
    await tx.manager.insert(ExceptionStep, {
      exceptionId: e.id,
      kind: 'closed',
      at: how.at,
      by: how.by,
      role: how.role,
      text: how.resolution,
      amountMinor: how.compensationFen,
    });
    await tx.publish([
      {
        type: 'tracking.exception.closed',
        data: {
          exceptionId: e.id,
          waybillNo: e.waybillNo,
          branch: e.branch,
          customerId: e.customerId,
          kind: e.kind,
          resolution: how.resolution,
          compensation:
            how.compensationFen === null
              ? null
              : { amountMinor: how.compensationFen, currency: 'CNY' },
          ...(how.by ? { closedBy: how.by } : {}),
          ...(how.role ? { closedByRole: how.role as StaffRole } : {}),
          closedAt: how.at.toISOString(),
        },
      },
      ...stopHandling(e),
    ]);
  }
}
