import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { ComplaintHttp } from '@freight/contracts';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import { Desk } from './desk.entity';
import { numbered } from './desk.rules';

type DeskBody = z.output<typeof ComplaintHttp.deskBody>;

/**
 * A branch's ladders and roster (R15–R17), set by HQ. They apply to clocks armed from now on: a
 * running clock keeps the ladder it was armed with (the scheduler holds it).
 */
@Injectable()
export class SetDeskHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(branch: string, body: DeskBody, by: string): Promise<Desk> {
    return this.transactions.run(async ({ manager }) => {
      const desk = manager.create(Desk, {
        branch,
        ladders: {
          callAnswer: numbered(body.ladders.callAnswer),
          internalCall: numbered(body.ladders.internalCall),
          complaintReply: numbered(body.ladders.complaintReply),
        },
        people: body.people.map((p) => ({
          role: p.role,
          username: p.username,
          name: p.name ?? null,
        })),
        updatedAt: this.clock.now(),
        updatedBy: by,
      });
      return manager.save(desk);
    });
  }
}
