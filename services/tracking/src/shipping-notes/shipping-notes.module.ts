import { Module } from '@nestjs/common';
import { ShippingNoteQueries } from './shipping-note.queries';
import { ShippingNotesHttpController } from './shipping-notes.http.controller';

/** R14 shipping notes, in ship-date order, on screen or as CSV/XLSX. */
@Module({ controllers: [ShippingNotesHttpController], providers: [ShippingNoteQueries] })
export class ShippingNotesModule {}
