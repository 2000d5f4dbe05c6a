import { Module } from '@nestjs/common';
import { DailyVolumeHttpController } from './daily-volume.http.controller';
import { DailyVolumeQueries } from './daily-volume.queries';

/** R7 the daily volume report. */
@Module({ controllers: [DailyVolumeHttpController], providers: [DailyVolumeQueries] })
export class ReportsModule {}
