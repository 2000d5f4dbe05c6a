import { Controller, Get, Res } from '@nestjs/common';
import { TrackingHttp as Http } from '@freight/contracts';
import { attachment, tableFile } from '@freight/documents';
import { ValidQuery } from '@freight/platform';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import {
  SHIPPING_NOTE_COLUMNS,
  ShippingNoteQueries,
  shippingNoteRow,
} from './shipping-note.queries';

/** R14 shipping notes in ship-date order: a page to read, or the file for the month's folder. */
@Controller('shipping-notes')
export class ShippingNotesHttpController {
  constructor(private readonly notes: ShippingNoteQueries) {}

  @Get()
  list(@ValidQuery(Http.shippingNotesQuery) query: z.output<typeof Http.shippingNotesQuery>) {
    return this.notes.page(query);
  }

  @Get('export')
  async export(
    @ValidQuery(Http.shippingNotesExportQuery)
    query: z.output<typeof Http.shippingNotesExportQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const notes = await this.notes.all(query);
    const name = `shipping-notes-${query.branch ?? 'all'}-${query.from}-${query.to}`;
    const file = await tableFile(
      notes.map(shippingNoteRow),
      SHIPPING_NOTE_COLUMNS,
      query.format,
      name,
    );
    reply.header('content-type', file.contentType);
    reply.header('content-disposition', attachment(file.filename));
    return file.bytes;
  }
}
