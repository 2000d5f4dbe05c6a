import { Controller, Get, Post, Res } from '@nestjs/common';
import { CurrentActor, ValidBody, ValidQuery, type Actor } from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import { attachment, tableFile } from '@freight/documents';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { AssessFineHandler } from './assess-fine.handler';
import { FinesQueries } from './fines.queries';

const COLUMNS = [
  { key: 'branch' as const, header: '分部 branch', width: 8 },
  { key: 'person' as const, header: '当事人 person', width: 18 },
  { key: 'clause' as const, header: '条款 clause', width: 8 },
  { key: 'reason' as const, header: '事由 reason', width: 24 },
  { key: 'amountYuan' as const, header: '金额 amount (¥)', numFmt: '#,##0.00', width: 14 },
  { key: 'subject' as const, header: '单据 form', width: 22 },
  { key: 'explanation' as const, header: '说明 explanation', width: 80 },
];

/** R38: the monthly assessment list per person, and a manager's assessment by hand. */
@Controller('fines')
export class FinesHttpController {
  constructor(
    private readonly queries: FinesQueries,
    private readonly assess: AssessFineHandler,
  ) {}

  @Get()
  monthly(@ValidQuery(Http.finesQuery) q: z.output<typeof Http.finesQuery>) {
    return this.queries.monthly(q);
  }

  /** The month's list as a spreadsheet for payroll (xlsx or csv), one row per line. */
  @Get('sheet')
  async sheet(
    @ValidQuery(Http.fineSheetQuery) q: z.output<typeof Http.fineSheetQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { items } = await this.queries.monthly(q);
    const rows = items.flatMap((p) =>
      p.lines.map((l) => ({
        branch: l.branch,
        person: l.person.username,
        clause: l.clause,
        reason: l.measure === 'salary-held' ? `${l.reason} (salary held)` : l.reason,
        amountYuan: l.amountMinor / 100,
        subject: `${l.subject.type} ${l.subject.id}`,
        explanation: l.explanation,
      })),
    );
    const file = await tableFile(
      rows,
      COLUMNS,
      q.format,
      `fines-${q.month}${q.branch ? `-${q.branch}` : ''}`,
    );
    reply
      .header('content-type', file.contentType)
      .header('content-disposition', attachment(file.filename));
    return file.bytes;
  }

  @Post()
  create(
    @ValidBody(Http.newFineBody) body: z.output<typeof Http.newFineBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.assess.handle(body, actor);
  }
}
