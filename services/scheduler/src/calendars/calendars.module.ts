import { Module } from '@nestjs/common';
import { CalendarsHttpController } from './calendars.http.controller';

/** Branch business calendars, managed through the internal API (R39). */
@Module({ controllers: [CalendarsHttpController] })
export class CalendarsModule {}
