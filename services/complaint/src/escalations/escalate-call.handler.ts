import { Injectable } from '@nestjs/common';
import type { schedulerEscalationRaisedV1 } from '@freight/contracts';
import type { EventOf } from '@freight/messaging';
import { Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { Call } from '../calls/call.entity';
import { escalateCall } from '../calls/call.rules';
import { loadDesk } from '../desk/desk.store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Escalation = EventOf<typeof schedulerEscalationRaisedV1>['data'];

/** R15/R16: a caller still waiting for the answer: the call goes up the branch's ladder. */
@Injectable()
export class EscalateCallHandler {
  constructor(private readonly transactions: Transactions) {}

  handle(escalation: Escalation, manager: EntityManager): Promise<void> {
    // call ids are UUIDs; anything else is not one of ours
    if (!UUID.test(escalation.subject.id)) return Promise.resolve();
    return this.transactions.run(async (tx) => {
      const call = await tx.manager.findOne(Call, {
        where: { id: escalation.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!call) return;
      const desk = await loadDesk(tx.manager, call.branch);
      if (escalateCall(call, escalation.level, escalation.role, desk)) await tx.manager.save(call);
    }, manager);
  }
}
