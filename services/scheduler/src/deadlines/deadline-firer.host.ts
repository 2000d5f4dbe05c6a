import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { HttpMetrics, SERVICE_CONFIG } from '@freight/platform';
import { DataSource } from 'typeorm';
import { Clock, CLOCK } from '../clock/clock';
import type { SchedulerConfig } from '../config';
import { DeadlineFirer } from './deadline-firer';
import { EscalationLateness } from './escalation-lateness.metric';
import { ESCALATION_SINK, EscalationSink } from './escalation.sink';

/**
 * Runs the firer for the life of the app, every DEADLINE_POLL_MS. Every replica runs one; SKIP
 * LOCKED shares the rows (R39). A failed pass is logged and retried at the next poll: its
 * transaction rolled back, so nothing was fired by halves.
 */
@Injectable()
export class DeadlineFirerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeadlineFirer');
  private readonly firer: DeadlineFirer;
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;
  private stopped = false;

  constructor(
    dataSource: DataSource,
    @Inject(CLOCK) clock: Clock,
    @Inject(ESCALATION_SINK) sink: EscalationSink,
    metrics: HttpMetrics,
    @Inject(SERVICE_CONFIG) private readonly config: SchedulerConfig,
  ) {
    const lateness = new EscalationLateness(metrics.registry);
    this.firer = new DeadlineFirer({
      dataSource,
      clock,
      sink,
      lateness,
      batchSize: config.DEADLINE_BATCH_SIZE,
    });
  }

  onApplicationBootstrap(): void {
    this.schedule(0); // catch up at once on whatever lapsed while we were down
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass; // finish the transaction in flight
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.pass = this.runPass().finally(() => this.schedule(this.config.DEADLINE_POLL_MS));
    }, delayMs);
  }

  private async runPass(): Promise<void> {
    try {
      const fired = await this.firer.drain();
      if (fired > 0) this.logger.log({ msg: 'escalations raised', fired });
    } catch (error) {
      this.logger.error({ err: error, msg: 'firing pass failed; retrying at the next poll' });
    }
  }
}
