import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { Actor, CurrentActor, uuidId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { CONTENT_TYPES, fileReply } from '../shared/file-reply';
import { AnswerStatementHandler } from './answer-statement.handler';
import { CheckStatementHandler } from './check-statement.handler';
import { SendStatementHandler } from './send-statement.handler';
import { statementFileName, statementPdf, statementXlsx } from './statement-documents';
import { StatementQueries } from './statement.queries';

type Body<K extends keyof typeof BillingHttp> = z.output<(typeof BillingHttp)[K] & z.ZodType>;

/** R24 for the desks behind the gateway: statements, the documents-desk check, send, answers. */
@Controller('statements')
export class StatementsHttpController {
  constructor(
    private readonly statements: StatementQueries,
    private readonly check: CheckStatementHandler,
    private readonly sending: SendStatementHandler,
    private readonly answers: AnswerStatementHandler,
  ) {}

  @Get()
  list(@ValidQuery(BillingHttp.statementsQuery) query: Body<'statementsQuery'>) {
    return this.statements.list(query);
  }

  @Get(':id')
  one(@ValidParam('id', uuidId) id: string) {
    return this.statements.detail(id);
  }

  @Get(':id/statement.pdf')
  async pdf(@ValidParam('id', uuidId) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const s = await this.statements.detail(id);
    return fileReply(reply, CONTENT_TYPES.pdf, statementFileName(s, 'pdf'), await statementPdf(s));
  }

  @Get(':id/statement.xlsx')
  async xlsx(
    @ValidParam('id', uuidId) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const s = await this.statements.detail(id);
    return fileReply(
      reply,
      CONTENT_TYPES.xlsx,
      statementFileName(s, 'xlsx'),
      await statementXlsx(s),
    );
  }

  @Post(':id/check-marks')
  @HttpCode(200)
  async mark(
    @ValidParam('id', uuidId) id: string,
    @ValidBody(BillingHttp.checkMarksBody) body: Body<'checkMarksBody'>,
    @CurrentActor() actor: Actor,
  ) {
    await this.check.mark(id, body.marks, actor);
    return this.statements.detail(id);
  }

  @Post(':id/check-complete')
  @HttpCode(200)
  async complete(
    @ValidParam('id', uuidId) id: string,
    @ValidBody(BillingHttp.checkCompleteBody) _body: Body<'checkCompleteBody'>,
    @CurrentActor() actor: Actor,
  ) {
    await this.check.complete(id, actor);
    return this.statements.detail(id);
  }

  @Post(':id/send')
  @HttpCode(200)
  async send(
    @ValidParam('id', uuidId) id: string,
    @ValidBody(BillingHttp.sendStatementBody) body: Body<'sendStatementBody'>,
    @CurrentActor() _actor: Actor,
  ) {
    await this.sending.send(id, body.email);
    return this.statements.detail(id);
  }

  /** The customer's dispute, taken by phone by the agent (R24). */
  @Post(':id/disputes')
  @HttpCode(200)
  async dispute(
    @ValidParam('id', uuidId) id: string,
    @ValidBody(BillingHttp.disputeLinesBody) body: Body<'disputeLinesBody'>,
    @CurrentActor() actor: Actor,
  ) {
    await this.answers.dispute(id, body.lines, { username: actor.username });
    return this.statements.detail(id);
  }

  /** The customer's confirmation, taken by the agent: the invoice is issued at once (R24). */
  @Post(':id/confirm')
  @HttpCode(200)
  async confirm(
    @ValidParam('id', uuidId) id: string,
    @ValidBody(BillingHttp.confirmStatementBody) body: Body<'confirmStatementBody'>,
    @CurrentActor() actor: Actor,
  ) {
    await this.answers.confirm(id, { username: actor.username }, body.note);
    return this.statements.detail(id);
  }
}
