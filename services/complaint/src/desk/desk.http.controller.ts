import { Controller, Get, Put } from '@nestjs/common';
import type { z } from 'zod';
import { branchCode, ComplaintHttp } from '@freight/contracts';
import { Actor, CurrentActor, Transactions, ValidBody, ValidParam } from '@freight/platform';
import { Desk } from './desk.entity';
import { loadDesk } from './desk.store';
import { deskView } from './desk.view';
import { SetDeskHandler } from './set-desk.handler';

/** A branch's ladders and roster (R15–R17): read by its staff, set by HQ. */
@Controller('desks')
export class DeskHttpController {
  constructor(
    private readonly transactions: Transactions,
    private readonly setDesk: SetDeskHandler,
  ) {}

  @Get(':branch')
  get(@ValidParam('branch', branchCode) branch: string) {
    return this.transactions.run(async ({ manager }) =>
      deskView(await loadDesk(manager, branch), await manager.findOneBy(Desk, { branch })),
    );
  }

  @Put(':branch')
  async put(
    @ValidParam('branch', branchCode) branch: string,
    @ValidBody(ComplaintHttp.deskBody) body: z.output<typeof ComplaintHttp.deskBody>,
    @CurrentActor() actor: Actor,
  ) {
    const desk = await this.setDesk.handle(branch, body, actor.username);
    return this.get(desk.branch);
  }
}
