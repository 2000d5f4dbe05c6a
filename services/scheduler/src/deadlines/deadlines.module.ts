import { Module } from '@nestjs/common';
import { OutboxWriter } from '@freight/messaging';
import { ArmDeadlineHandler } from './arm-deadline.handler';
import { CancelDeadlineHandler } from './cancel-deadline.handler';
import { DeadlineCommandsHttpController } from './deadline-commands.http.controller';
import { DeadlineFirerHost } from './deadline-firer.host';
import { DeadlineFirerWakeup } from './deadline-firer.wakeup';
import { DeadlineQueries } from './deadline.queries';
import { DeadlineRequestsEventsController } from './deadline-requests.events.controller';
import { DeadlinesHttpController } from './deadlines.http.controller';
import { ESCALATION_SINK } from './escalation.sink';
import { MoveDeadlineHandler } from './move-deadline.handler';
import { OutboxEscalationSink } from './outbox-escalation.sink';
import { PauseDeadlineHandler } from './pause-deadline.handler';
import { ResumeDeadlineHandler } from './resume-deadline.handler';

/** R39 deadlines: commands (HTTP and Kafka), the firer, and the gateway's reads. */
@Module({
  controllers: [DeadlineCommandsHttpController, DeadlinesHttpController],
  providers: [
    // the service's OutboxWriter and Clock come from PlatformModule
    {
      provide: ESCALATION_SINK,
      inject: [OutboxWriter],
      useFactory: (outbox: OutboxWriter) => new OutboxEscalationSink(outbox),
    },
    ArmDeadlineHandler,
    MoveDeadlineHandler,
    PauseDeadlineHandler,
    ResumeDeadlineHandler,
    CancelDeadlineHandler,
    DeadlineQueries,
    DeadlineFirerWakeup,
    DeadlineFirerHost,
    // a Kafka entry point is a provider: it has no HTTP routes
    DeadlineRequestsEventsController,
  ],
})
export class DeadlinesModule {}
