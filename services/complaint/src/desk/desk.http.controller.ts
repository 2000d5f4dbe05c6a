import { Controller, Get, Put } from '@nestjs/common';
import type { z } from 'zod';
import { branchCode, ComplaintHttp } from '@freight/contracts';
import {
  Actor,
  Clock,
  CurrentActor,
  InjectClock,
  Transactions,
  ValidBody,
  ValidParam,
} from '@freight/platform';
import { Desk } from './desk.entity';
import { numbered } from './desk.rules';
import { loadDesk } from './desk.store';
import { deskView } from './desk.view';

/** A branch's ladders and roster (R15–R17): read by its staff, set by HQ. */
@Controller('desks')
export class DeskHttpController {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Get(':branch')
  get(@ValidParam('branch', branchCode) branch: string) {
    return this.transactions.run(async ({ manager }) =>
      deskView(await loadDesk(manager, branch), await manager.findOneBy(Desk, { branch })),
    );
  }

  /** Applies to clocks armed from now on; a running clock keeps the ladder it was armed with. */
  @Put(':branch')
  put(
    @ValidParam('branch', branchCode) branch: string,
    @ValidBody(ComplaintHttp.deskBody) body: z.output<typeof ComplaintHttp.deskBody>,
    @CurrentActor() actor: Actor,
  ) {
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
        updatedBy: actor.username,
      });
      await manager.save(desk);
      return deskView(await loadDesk(manager, branch), desk);
    });
  }
}
