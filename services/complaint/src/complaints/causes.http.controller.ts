import { Controller, Get, Put } from '@nestjs/common';
import type { z } from 'zod';
import { ComplaintHttp } from '@freight/contracts';
import { Transactions, ValidBody, ValidParam, ValidationProblem } from '@freight/platform';
import { ComplaintCause } from './complaint-cause.entity';
import { ComplaintQueries } from './complaint.queries';

/** R18: the managed list of complaint causes (read by everyone, kept by HQ). */
@Controller('complaint-causes')
export class CausesHttpController {
  constructor(
    private readonly queries: ComplaintQueries,
    private readonly transactions: Transactions,
  ) {}

  @Get()
  async list() {
    return { items: await this.queries.causes() };
  }

  /** Create or change a cause; a cause no longer used is deactivated, never deleted. */
  @Put(':code')
  put(
    @ValidParam('code', ComplaintHttp.causeCode) code: string,
    @ValidBody(ComplaintHttp.causeBody) body: z.output<typeof ComplaintHttp.causeBody>,
  ) {
    if (body.code !== code)
      throw new ValidationProblem([{ field: 'code', message: 'must be the code in the path' }]);
    return this.transactions.run(async ({ manager }) =>
      manager.save(ComplaintCause, { code, label: body.label, active: body.active }),
    );
  }
}
