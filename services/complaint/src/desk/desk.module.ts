import { Module } from '@nestjs/common';
import { DeskHttpController } from './desk.http.controller';

/** Each branch's complaint desk: ladders and roster. */
@Module({ controllers: [DeskHttpController] })
export class DeskModule {}
