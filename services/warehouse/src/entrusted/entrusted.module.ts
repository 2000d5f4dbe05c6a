import { Module } from '@nestjs/common';
import { EntrustedFollowUps } from './entrusted.followups';
import { EntrustedHandlers } from './entrusted.handlers';
import { EntrustedHttpController } from './entrusted.http.controller';

/** R34 entrusted processing. */
@Module({
  controllers: [EntrustedHttpController],
  providers: [EntrustedHandlers, EntrustedFollowUps],
})
export class EntrustedModule {}
