import { Controller, Get, Post, Res } from '@nestjs/common';
import {
  CurrentActor,
  NotFoundProblem,
  pathId,
  ValidBody,
  ValidParam,
  type Actor,
} from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import { attachment } from '@freight/documents';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { FormReads } from '../shared/form-reads';
import { staffOf } from '../shared/staff';
import { Item } from '../stock/item.entity';
import { GateExit, gateExitView, GatePass, gatePassView } from './gate-pass.entity';
import { gatePassPdf } from './gate-pass.pdf';
import { GateHandlers } from './gate.handlers';

/** Finance's gate passes (R29), printable for the keeper and the gate guard. */
@Controller('gate-passes')
export class GatePassesHttpController extends FormReads(
  GatePass,
  gatePassView,
  Http.gatePassesQuery,
  'gate pass',
) {
  constructor(private readonly gate: GateHandlers) {
    super();
  }

  @Get(':id/pdf')
  async pdf(@ValidParam('id', pathId) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const pass = await this.dataSource.manager.findOneBy(GatePass, { id });
    if (!pass) throw new NotFoundProblem(`no gate pass ${id}`);
    const items = await this.dataSource.manager.findBy(
      Item,
      pass.lines.map((l) => ({ code: l.itemCode })),
    );
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', attachment(`${pass.id}.pdf`));
    return gatePassPdf(pass, new Map(items.map((i) => [i.code, i.name])));
  }

  @Post()
  issue(
    @ValidBody(Http.newGatePassBody) body: z.output<typeof Http.newGatePassBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.gate.issuePass(body, staffOf(actor));
  }
}

/** The gate guard's exits (R29, R38 4.3). */
@Controller('gate-exits')
export class GateExitsHttpController extends FormReads(
  GateExit,
  gateExitView,
  Http.gateExitsQuery,
  'gate exit',
) {
  constructor(private readonly gate: GateHandlers) {
    super();
  }

  @Post()
  record(
    @ValidBody(Http.newGateExitBody) body: z.output<typeof Http.newGateExitBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.gate.recordExit(body, actor);
  }
}
