import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Clock, CLOCK, HttpMetrics, SERVICE_CONFIG } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { SchedulerConfig } from '../config';
import { DeadlineFirer } from './deadline-firer';
import { DeadlineFirerWakeup } from './deadline-firer.wakeup';
import { EscalationLateness } from './escalation-lateness.metric';
import { registerFiringBacklog } from './firing-backlog.metric';
import { ESCALATION_SINK, EscalationSink } from './escalation.sink';

/** After a commit-pending hint, or with lapsed rows held by someone else: look again this soon. */
const RETRY_SOON_MS = 20;

/**
 * Runs the firer for the life of the app. Every replica runs one; SKIP LOCKED shares the rows
 * (R39). After each pass it sleeps until the earliest next_fire_at it can see (so a level fires
 * within milliseconds of its time, not up to a poll later), at most DEADLINE_POLL_MS; a command
 * on this replica that schedules an earlier level wakes it sooner. A failed pass is logged and
 * retried at the next poll: its transaction rolled back, so nothing was fired by halves.
 */
@Injectable()
export class DeadlineFirerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeadlineFirer');
  private readonly firer: DeadlineFirer;
  private timer?: NodeJS.Timeout;
  /** when the timer fires (epoch ms of the real clock), while one is set */
  private wakeAt = Number.POSITIVE_INFINITY;
  private pass?: Promise<void>;
  private running = false;
  /** the earliest wake-up asked for while a pass was running (clock epoch ms) */
  private hintedAt = Number.POSITIVE_INFINITY;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ESCALATION_SINK) sink: EscalationSink,
    metrics: HttpMetrics,
    @Inject(SERVICE_CONFIG) private readonly config: SchedulerConfig,
    wakeup: DeadlineFirerWakeup,
  ) {
    const lateness = new EscalationLateness(metrics.registry);
    this.firer = new DeadlineFirer({
      dataSource,
      clock,
      sink,
      lateness,
      batchSize: config.DEADLINE_BATCH_SIZE,
    });
    registerFiringBacklog(metrics.registry, clock, () => this.firer.earliestNextFire());
    if (config.DEADLINE_WAKE_AT_DUE) wakeup.onWake((at) => this.wakeFor(at));
  }

  onApplicationBootstrap(): void {
    this.schedule(0); // catch up at once on whatever lapsed while we were down
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass; // finish the transaction in flight
  }

  /** A level is due at `at` (clock time): make sure we are awake by then. */
  private wakeFor(at: Date): void {
    if (this.running) {
      // the pass may have looked before this command committed: keep the hint for its end
      this.hintedAt = Math.min(this.hintedAt, at.getTime());
      return;
    }
    this.schedule(this.delayUntil(at.getTime()));
  }

  /** Sets the timer to `delayMs` unless it is already set to go off sooner. */
  private schedule(delayMs: number): void {
    if (this.stopped) return;
    const at = Date.now() + delayMs;
    if (this.timer && at >= this.wakeAt) return;
    clearTimeout(this.timer);
    this.wakeAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.wakeAt = Number.POSITIVE_INFINITY;
      this.running = true;
      this.pass = this.runPass().then((next) => {
        this.running = false;
        const hinted = this.hintedAt;
        this.hintedAt = Number.POSITIVE_INFINITY;
        this.schedule(Number.isFinite(hinted) ? Math.min(next, this.delayUntil(hinted)) : next);
      });
    }, delayMs);
  }

  /** Fires everything lapsed; returns how long to sleep before the next pass. */
  private async runPass(): Promise<number> {
    const poll = this.config.DEADLINE_POLL_MS;
    try {
      const fired = await this.firer.drain(this.config.DEADLINE_FIRING_CONCURRENCY);
      if (fired > 0) this.logger.log({ msg: 'escalations raised', fired });
      if (!this.config.DEADLINE_WAKE_AT_DUE) return poll;
      const next = await this.firer.earliestNextFire();
      if (!next) return poll;
      const delay = next.getTime() - this.clock.now().getTime();
      if (delay > 0) return Math.min(poll, delay);
      // Lapsed but not fired: after a pass that fired, most likely lapsed while it ran (the
      // firer's last pass took all it saw), so go again at once; after a pass that found none,
      // held by a command or another replica right now, so look again soon.
      return fired > 0 ? 0 : Math.min(poll, RETRY_SOON_MS);
    } catch (error) {
      this.logger.error({ err: error, msg: 'firing pass failed; retrying at the next poll' });
      return poll;
    }
  }

  private delayUntil(clockMs: number): number {
    return Math.max(RETRY_SOON_MS, clockMs - this.clock.now().getTime());
  }
}
