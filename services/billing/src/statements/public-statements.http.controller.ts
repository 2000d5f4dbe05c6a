import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { ValidBody, ValidParam } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { AnswerStatementHandler } from './answer-statement.handler';
import { StatementQueries } from './statement.queries';

type PublicView = z.output<typeof BillingHttp.publicStatementView>;

/**
 * R24, the customer's side, behind the tokenised link (the gateway's `public` routes: no
 * sign-in, rate-limited per address): their statement and nothing else — no ids, no branch,
 * no other customer — and their answer.
 */
@Controller('public/statements')
export class PublicStatementsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statements: StatementQueries,
    private readonly answers: AnswerStatementHandler,
  ) {}

  @Get(':token')
  async view(@ValidParam('token', BillingHttp.statementToken) token: string) {
    return this.viewOf(await this.answers.byToken(token, this.dataSource));
  }

  @Post(':token/disputes')
  @HttpCode(200)
  async dispute(
    @ValidParam('token', BillingHttp.statementToken) token: string,
    @ValidBody(BillingHttp.disputeLinesBody) body: z.output<typeof BillingHttp.disputeLinesBody>,
  ) {
    const id = await this.answers.byToken(token, this.dataSource);
    await this.answers.dispute(id, body.lines, 'customer');
    return this.viewOf(id);
  }

  @Post(':token/confirm')
  @HttpCode(200)
  async confirm(
    @ValidParam('token', BillingHttp.statementToken) token: string,
    @ValidBody(BillingHttp.confirmStatementBody)
    body: z.output<typeof BillingHttp.confirmStatementBody>,
  ) {
    const id = await this.answers.byToken(token, this.dataSource);
    await this.answers.confirm(id, 'customer', body.note);
    return this.viewOf(id);
  }

  private async viewOf(id: string): Promise<PublicView> {
    const s = await this.statements.detail(id);
    return {
      company: s.customer.name,
      period: s.period,
      status: s.status === 'invoiced' ? 'confirmed' : 'awaiting-answer',
      lines: s.lines.map((l) => ({
        lineNo: l.lineNo!,
        waybillNo: l.waybillNo,
        serviceDate: l.serviceDate,
        description: l.description,
        amount: l.amount,
        taxRate: l.taxRate,
        tax: l.tax,
        disputed: l.dispute?.reason ?? null,
      })),
      net: s.net,
      tax: s.tax,
      total: s.total,
      invoiceNo: s.invoice?.invoiceNo ?? null,
      expiresAt: s.linkExpiresAt!,
    };
  }
}
