import { Injectable } from '@nestjs/common';
import { Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { Shipment } from '../shipments/shipment.entity';
import { EscalateExceptionHandler } from './escalate-exception.handler';
import { shanghaiTime } from './exception.rules';
import { RaiseExceptionHandler } from './raise-exception.handler';
import { ShipmentException } from './shipment-exception.entity';

export interface LapsedLevel {
  level: number;
  role: string;
  raisedAt: Date;
}

/**
 * R13 "a shipment that misses its promised delivery time raises a delay exception by itself":
 * the first lapsed level of the delivery deadline raises it (reported to the superior at once,
 * like any exception); each next level hands it up the ladder until the shipment is delivered.
 * A shipment delivered or cancelled meanwhile raises nothing (the cancel is on its way).
 */
@Injectable()
export class DelayDetectionHandler {
  constructor(
    private readonly transactions: Transactions,
    private readonly raiser: RaiseExceptionHandler,
    private readonly escalation: EscalateExceptionHandler,
  ) {}

  lapsed(manager: EntityManager, waybillNo: string, level: LapsedLevel): Promise<void> {
    return this.transactions.run(async (tx) => {
      const shipment = await tx.manager.findOne(Shipment, {
        where: { waybillNo },
        lock: { mode: 'pessimistic_write' },
      });
      if (!shipment || shipment.deliveredAt || shipment.cancelledAt) return;
      if (shipment.delayExceptionId) {
        await this.escalation.byDeadline(tx.manager, shipment.delayExceptionId, level);
        return;
      }
      const lastSeen = shipment.lastPlace ? ` at ${shipment.lastPlace.name}` : '';
      const exception = await this.raiser.raise(tx, {
        waybillNo,
        branch: shipment.branch,
        customerId: shipment.customerId,
        kind: 'delay',
        source: 'delay-detection',
        note: `not delivered by the promised time ${shanghaiTime(shipment.promisedDeliveryAt)} (Asia/Shanghai); last status: ${shipment.status ?? 'not picked up'}${lastSeen}`,
        raisedAt: level.raisedAt,
        assignedRole: level.role,
      });
      await tx.manager.update(
        ShipmentException,
        { id: exception.id },
        { escalationLevel: level.level },
      );
      await tx.manager.update(Shipment, { waybillNo }, { delayExceptionId: exception.id });
    }, manager);
  }
}
