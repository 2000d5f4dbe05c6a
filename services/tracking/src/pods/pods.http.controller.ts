import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { TrackingHttp as Http } from '@freight/contracts';
import { attachment } from '@freight/documents';
import {
  Actor,
  CurrentActor,
  InjectServiceConfig,
  pathId,
  ValidBody,
  ValidParam,
  ValidQuery,
} from '@freight/platform';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { TrackingConfig } from '../config';
import { BuildReturnsHandler } from './build-returns.handler';
import { ChasePodHandler } from './chase-pod.handler';
import { DispatchReturnHandler } from './dispatch-return.handler';
import { Pod } from './pod.entity';
import { PodQueries } from './pod.queries';
import { ReceivePodHandler } from './receive-pod.handler';
import { returnCoverSheet } from './return-cover-sheet';

/** R14 over HTTP, for the gateway: POD custody and chases, monthly return batches. */
@Controller()
export class PodsHttpController {
  constructor(
    private readonly queries: PodQueries,
    private readonly receiving: ReceivePodHandler,
    private readonly chasing: ChasePodHandler,
    private readonly building: BuildReturnsHandler,
    private readonly dispatching: DispatchReturnHandler,
    private readonly dataSource: DataSource,
    @InjectServiceConfig() private readonly config: TrackingConfig,
  ) {}

  @Get('pods')
  list(@ValidQuery(Http.podListQuery) query: z.output<typeof Http.podListQuery>) {
    return this.queries.list(query);
  }

  @Get('pods/:waybillNo')
  one(@ValidParam('waybillNo', Http.waybillParam) waybillNo: string) {
    return this.queries.one(waybillNo);
  }

  @Post('pods/:waybillNo/receipt')
  @HttpCode(200)
  async receive(
    @ValidParam('waybillNo', Http.waybillParam) waybillNo: string,
    @ValidBody(Http.receivePodBody) body: z.output<typeof Http.receivePodBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.receiving.handle(waybillNo, body, actor);
    return this.queries.one(waybillNo);
  }

  @Post('pods/:waybillNo/chases')
  async chase(
    @ValidParam('waybillNo', Http.waybillParam) waybillNo: string,
    @ValidBody(Http.chasePodBody) body: z.output<typeof Http.chasePodBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.chasing.byHand(waybillNo, body.note, actor);
    return this.queries.one(waybillNo);
  }

  @Get('pod-returns')
  batches(@ValidQuery(Http.returnBatchQuery) query: z.output<typeof Http.returnBatchQuery>) {
    return this.queries.batches(query);
  }

  @Post('pod-returns')
  @HttpCode(200)
  async build(
    @ValidBody(Http.buildReturnsBody) body: z.output<typeof Http.buildReturnsBody>,
    @CurrentActor() actor: Actor,
  ) {
    const done = await this.building.handle(body.branch, body.month, body.archive, actor);
    return {
      branch: body.branch,
      month: body.month,
      done,
      items: await this.queries.batchesOf(body.branch, body.month),
    };
  }

  @Get('pod-returns/:id')
  batch(@ValidParam('id', pathId) id: string) {
    return this.queries.batch(id);
  }

  @Post('pod-returns/:id/dispatch')
  @HttpCode(200)
  async dispatch(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.dispatchReturnBody) body: z.output<typeof Http.dispatchReturnBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.dispatching.handle(id, body, actor);
    return this.queries.batch(id);
  }

  @Get('pod-returns/:id/cover-sheet')
  async coverSheet(
    @ValidParam('id', pathId) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const batch = await this.queries.batch(id);
    const pods = await this.dataSource.manager.find(Pod, {
      where: { batchId: id },
      order: { waybillNo: 'ASC' },
    });
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', attachment(`${id}.pdf`));
    return returnCoverSheet(this.config.COMPANY_NAME, batch, pods);
  }
}
