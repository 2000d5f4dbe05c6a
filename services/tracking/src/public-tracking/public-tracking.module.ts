import { Module } from '@nestjs/common';
import { PublicTrackingHttpController } from './public-tracking.http.controller';
import { PublicTrackingQueries } from './public-tracking.queries';

/** R11: customers track their own shipment with the waybill number and 4 phone digits. */
@Module({ controllers: [PublicTrackingHttpController], providers: [PublicTrackingQueries] })
export class PublicTrackingModule {}
