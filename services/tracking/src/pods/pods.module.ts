import { Module } from '@nestjs/common';
import { BuildReturnsHandler } from './build-returns.handler';
import { ChasePodHandler } from './chase-pod.handler';
import { DispatchReturnHandler } from './dispatch-return.handler';
import { ExpectPodHandler } from './expect-pod.handler';
import { PodQueries } from './pod.queries';
import { PodsHttpController } from './pods.http.controller';
import { ReceivePodHandler } from './receive-pod.handler';

/** R14: return receipts in custody, chased when missing, returned or kept each month. */
@Module({
  controllers: [PodsHttpController],
  providers: [
    ExpectPodHandler,
    ReceivePodHandler,
    ChasePodHandler,
    BuildReturnsHandler,
    DispatchReturnHandler,
    PodQueries,
  ],
  exports: [ExpectPodHandler, ChasePodHandler, PodQueries],
})
export class PodsModule {}
