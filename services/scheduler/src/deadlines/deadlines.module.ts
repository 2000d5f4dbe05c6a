import { DynamicModule, Module } from '@nestjs/common';
import { OutboxWriter } from '@freight/messaging';
import { Clock, CLOCK, SystemClock } from '../clock/clock';
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

export interface DeadlinesModuleOptions {
  /** the system clock unless a test gives a FakeClock */
  clock?: Clock;
}

/** R39 deadlines: commands (HTTP and Kafka), the firer, and the gateway's reads. */
@Module({})
export class DeadlinesModule {
  static register({ clock = new SystemClock() }: DeadlinesModuleOptions = {}): DynamicModule {
    return {
      module: DeadlinesModule,
      controllers: [DeadlineCommandsHttpController, DeadlinesHttpController],
      providers: [
        { provide: CLOCK, useValue: clock },
        // the service's OutboxWriter comes from PlatformModule, which also runs the relay
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
    };
  }
}
