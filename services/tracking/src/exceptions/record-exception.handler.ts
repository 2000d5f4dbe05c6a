import { Injectable } from '@nestjs/common';
import { Actor, Clock, InjectClock, NotFoundProblem, Transactions } from '@freight/platform';
import { Shipment } from '../shipments/shipment.entity';
import type { ExceptionKind } from '../shipments/shipment-status.rules';
import { staffRefOf } from '../staff';
import { RaiseExceptionHandler } from './raise-exception.handler';

/** R13: an agent records an exception a customer or a driver reported by phone. */
@Injectable()
export class RecordExceptionHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    private readonly raiser: RaiseExceptionHandler,
  ) {}

  handle(
    waybillNo: string,
    body: { kind: ExceptionKind; note: string },
    actor: Actor,
  ): Promise<string> {
    return this.transactions.run(async (tx) => {
      const shipment = await tx.manager.findOneBy(Shipment, { waybillNo });
      if (!shipment) throw new NotFoundProblem(`no shipment ${waybillNo}`);
      const exception = await this.raiser.raise(tx, {
        waybillNo,
        branch: shipment.branch,
        customerId: shipment.customerId,
        kind: body.kind,
        source: 'agent',
        note: body.note,
        raisedAt: this.clock.now(),
        raisedBy: staffRefOf(actor),
      });
      return exception.id;
    });
  }
}
