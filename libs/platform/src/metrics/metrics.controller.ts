import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { METRICS_PATH } from '../http/paths';
import { HttpMetrics } from './http-metrics';

@Controller()
export class MetricsController {
  constructor(private readonly metrics: HttpMetrics) {}

  @Get(METRICS_PATH)
  async scrape(@Res() reply: FastifyReply): Promise<void> {
    const { contentType, body } = await this.metrics.exposition();
    await reply.type(contentType).send(body);
  }
}
