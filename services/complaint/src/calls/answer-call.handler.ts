import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { ActorRef } from '../shared/actor';
import { Call } from './call.entity';
import { answerCall } from './call.rules';

/** R15/R16: the caller got the answer; the clock is cancelled in the same transaction. */
@Injectable()
export class AnswerCallHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(id: string, answer: string, actor: ActorRef, at?: Date): Promise<Call> {
    return this.transactions.run(async (tx) => {
      const call = await tx.lock(Call, { id }, `call ${id}`);
      const change = answerCall(call, answer, actor, at ?? this.clock.now());
      await tx.manager.save(change.call);
      await tx.publish(change.events);
      return change.call;
    });
  }
}
