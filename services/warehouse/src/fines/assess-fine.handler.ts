import { Injectable } from '@nestjs/common';
import { type Actor } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { staffOf } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { fineLineView } from './fine-line.entity';
import { Fines } from './fines';

type NewFine = z.output<typeof WarehouseHttp.newFineBody>;

/**
 * R38 by hand: a manager assesses what no form could catch — goods received without the
 * procedure (4.1), outbound formalities left incomplete (4.2), losses borne (4.6, 4.7).
 */
@Injectable()
export class AssessFineHandler {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly fines: Fines,
    private readonly clock: WarehouseClock,
  ) {}

  handle(body: NewFine, actor: Actor) {
    return this.transactions.run(async (tx) => {
      const line = await this.fines.assess(tx, {
        branch: body.branch ?? actor.branch,
        person: {
          userId: body.person.userId ?? `user:${body.person.username}`,
          username: body.person.username,
          role: body.person.role ?? 'staff',
        },
        reason: body.reason,
        subject: body.subject,
        explanation: `${body.explanation} (assessed by ${actor.username})`,
        amountMinor: body.lossMinor,
        source: `manual:${randomUUID()}`,
        at: this.clock.now(),
        by: staffOf(actor),
      });
      return fineLineView(line!);
    });
  }
}
