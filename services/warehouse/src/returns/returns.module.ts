import { Module } from '@nestjs/common';
import { ReplacementFollowUps } from './replacement.followups';
import { ReplacementHandlers } from './replacement.handlers';
import { ReturnHandlers } from './return.handlers';
import { ReplacementsHttpController, ReturnsHttpController } from './returns.http.controller';

/** R31 returns and R32 after-sales replacements. */
@Module({
  controllers: [ReturnsHttpController, ReplacementsHttpController],
  providers: [ReturnHandlers, ReplacementHandlers, ReplacementFollowUps],
})
export class ReturnsModule {}
