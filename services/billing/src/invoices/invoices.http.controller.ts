import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { Actor, CurrentActor, pathId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import { z } from 'zod';
import { InvoiceQueries } from './invoice.queries';
import { IssueCreditNoteHandler } from './issue-credit-note.handler';
import { RejectDisputeHandler } from './reject-dispute.handler';

const lineNo = z.coerce.number().int().min(1).max(100_000);

/** R24: issued invoices (read-only) and what corrects them: credit notes, rejected disputes. */
@Controller()
export class InvoicesHttpController {
  constructor(
    private readonly invoices: InvoiceQueries,
    private readonly creditNotes: IssueCreditNoteHandler,
    private readonly disputes: RejectDisputeHandler,
  ) {}

  @Get('invoices')
  list(@ValidQuery(BillingHttp.invoicesQuery) query: z.output<typeof BillingHttp.invoicesQuery>) {
    return this.invoices.list(query);
  }

  @Get('invoices/:invoiceNo')
  one(@ValidParam('invoiceNo', pathId) invoiceNo: string) {
    return this.invoices.detail(invoiceNo);
  }

  @Post('invoices/:invoiceNo/credit-notes')
  async credit(
    @ValidParam('invoiceNo', pathId) invoiceNo: string,
    @ValidBody(BillingHttp.creditNoteBody) body: z.output<typeof BillingHttp.creditNoteBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.invoices.creditNote(await this.creditNotes.issue(invoiceNo, body, actor));
  }

  @Post('invoices/:invoiceNo/lines/:lineNo/dispute-rejection')
  @HttpCode(200)
  async reject(
    @ValidParam('invoiceNo', pathId) invoiceNo: string,
    @ValidParam('lineNo', lineNo) line: number,
    @ValidBody(BillingHttp.disputeRejectionBody)
    body: z.output<typeof BillingHttp.disputeRejectionBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.disputes.reject(invoiceNo, line, body.note, actor);
    return this.invoices.detail(invoiceNo);
  }

  @Get('credit-notes')
  creditNoteList(
    @ValidQuery(BillingHttp.creditNotesQuery) query: z.output<typeof BillingHttp.creditNotesQuery>,
  ) {
    return this.invoices.creditNotes(query);
  }

  @Get('credit-notes/:creditNoteNo')
  creditNote(@ValidParam('creditNoteNo', pathId) creditNoteNo: string) {
    return this.invoices.creditNote(creditNoteNo);
  }
}
