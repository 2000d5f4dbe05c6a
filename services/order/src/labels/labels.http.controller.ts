import { Controller, Get, Res } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { attachment } from '@freight/documents';
import {
  DomainError,
  InjectServiceConfig,
  pathId,
  ValidParam,
  ValidQuery,
} from '@freight/platform';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { OrderConfig } from '../config';
import { OrderQueries } from '../orders/order.queries';
import { labelsPdf } from './label.pdf';
import { MAX_LABELS_PER_FILE } from './label.rules';

class TooManyLabels extends DomainError {
  constructor(pieces: number) {
    super(
      422,
      'too-many-labels',
      `${pieces} labels in one file: print at most ${MAX_LABELS_PER_FILE} at a time`,
      {
        errors: [{ field: 'last', message: `at most ${MAX_LABELS_PER_FILE} labels per file` }],
      },
    );
  }
}

/** R5 labels over the internal API: GET /orders/{id}/labels.pdf — one page per piece. */
@Controller('orders')
export class LabelsHttpController {
  constructor(
    private readonly orders: OrderQueries,
    @InjectServiceConfig() private readonly config: OrderConfig,
  ) {}

  @Get(':id/labels.pdf')
  async labels(
    @ValidParam('id', pathId) id: string,
    @ValidQuery(OrderHttp.labelsQuery) query: z.output<typeof OrderHttp.labelsQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const order = await this.orders.byId(id);
    const first = Math.min(query.first ?? 1, order.pieces);
    const last = Math.min(query.last ?? order.pieces, order.pieces);
    if (last - first + 1 > MAX_LABELS_PER_FILE) throw new TooManyLabels(last - first + 1);
    const pdf = await labelsPdf(order, this.config.COMPANY_NAME, first, Math.max(first, last));
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', attachment(`${order.waybillNo}-labels.pdf`));
    return pdf;
  }
}
