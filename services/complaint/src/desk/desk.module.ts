import { Module } from '@nestjs/common';
import { DeskHttpController } from './desk.http.controller';
import { SetDeskHandler } from './set-desk.handler';

/** Each branch's complaint desk: ladders and roster. */
@Module({
  controllers: [DeskHttpController],
  providers: [SetDeskHandler],
  exports: [SetDeskHandler],
})
export class DeskModule {}
