import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import { loadDesk } from '../desk/desk.store';
import { identifyCaller } from '../read-models/customer-directory';
import type { ActorRef } from '../shared/actor';
import { Call } from './call.entity';
import { logCall, NewCall } from './call.rules';

/** R15/R16/R12: record a call; its answer clock starts in the same transaction. */
@Injectable()
export class LogCallHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** `id` and `at` are for demo data (fixed ids, a month back); HTTP leaves them out. */
  handle(
    input: NewCall,
    actor: ActorRef,
    options: { id?: string; at?: Date } = {},
  ): Promise<{ call: Call; company: string | null }> {
    return this.transactions.run(async (tx) => {
      if (options.id) {
        const existing = await tx.manager.findOneBy(Call, { id: options.id });
        if (existing) return { call: existing, company: null };
      }
      const desk = await loadDesk(tx.manager, input.branch);
      const customer = await identifyCaller(tx.manager, {
        customerId: input.customerId,
        phone: input.caller.phone,
      });
      const change = logCall(input, {
        id: options.id ?? randomUUID(),
        actor,
        desk,
        customerId: customer?.customerId ?? null,
        now: options.at ?? this.clock.now(),
      });
      await tx.manager.insert(Call, change.call);
      await tx.publish(change.events);
      return { call: change.call, company: customer?.company ?? null };
    });
  }
}
