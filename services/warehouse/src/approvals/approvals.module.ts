import { Global, Module } from '@nestjs/common';
import { ApprovalsHttpController } from './approvals.http.controller';
import { Approvals } from './approvals';
import { DecideApprovalHandler } from './decide-approval.handler';

/** One approval mechanism for every desk (decision 0082). */
@Global()
@Module({
  controllers: [ApprovalsHttpController],
  providers: [Approvals, DecideApprovalHandler],
  exports: [Approvals],
})
export class ApprovalsModule {}
