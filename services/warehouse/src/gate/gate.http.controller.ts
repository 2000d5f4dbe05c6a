import { Controller, Get, Post, Res } from '@nestjs/common';
import {
  CurrentActor,
  NotFoundProblem,
  pathId,
  ValidBody,
  ValidParam,
  ValidQuery,
  type Actor,
} from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import { attachment } from '@freight/documents';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { listForms } from '../shared/form-list';
import { staffOf } from '../shared/staff';
import { Item } from '../stock/item.entity';
import { GateExit, gateExitView, GatePass, gatePassView } from './gate-pass.entity';
import { gatePassPdf } from './gate-pass.pdf';
import { GateHandlers } from './gate.handlers';

/** Finance's gate passes and the gate guard's exits (R29, R38 4.3). */
@Controller()
export class GateHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: GateHandlers,
  ) {}

  @Get('gate-passes')
  passes(@ValidQuery(Http.gatePassesQuery) q: z.output<typeof Http.gatePassesQuery>) {
    return listForms(this.dataSource.manager, GatePass, q, gatePassView);
  }

  @Get('gate-passes/:id')
  async pass(@ValidParam('id', pathId) id: string) {
    return gatePassView(await this.find(id));
  }

  @Get('gate-passes/:id/pdf')
  async pdf(@ValidParam('id', pathId) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const pass = await this.find(id);
    const items = await this.dataSource.manager.findBy(
      Item,
      pass.lines.map((l) => ({ code: l.itemCode })),
    );
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', attachment(`${pass.id}.pdf`));
    return gatePassPdf(pass, new Map(items.map((i) => [i.code, i.name])));
  }

  @Post('gate-passes')
  issue(
    @ValidBody(Http.newGatePassBody) body: z.output<typeof Http.newGatePassBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.gate.issuePass(body, staffOf(actor));
  }

  @Get('gate-exits')
  exits(@ValidQuery(Http.gateExitsQuery) q: z.output<typeof Http.gateExitsQuery>) {
    return listForms(this.dataSource.manager, GateExit, q, gateExitView);
  }

  @Get('gate-exits/:id')
  async exit(@ValidParam('id', pathId) id: string) {
    const exit = await this.dataSource.manager.findOneBy(GateExit, { id });
    if (!exit) throw new NotFoundProblem(`no gate exit ${id}`);
    return gateExitView(exit);
  }

  @Post('gate-exits')
  record(
    @ValidBody(Http.newGateExitBody) body: z.output<typeof Http.newGateExitBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.gate.recordExit(body, actor);
  }

  private async find(id: string) {
    const pass = await this.dataSource.manager.findOneBy(GatePass, { id });
    if (!pass) throw new NotFoundProblem(`no gate pass ${id}`);
    return pass;
  }
}
