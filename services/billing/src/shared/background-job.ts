import { Logger } from '@nestjs/common';

/**
 * A loop of passes for work that must not run inside a request or an event's transaction
 * (sending mail, the month-end close): a pass returns true while it found work, the loop sleeps
 * `pollMs` when there is none, `wake()` starts it early, and work left by a crash is simply
 * found by the next pass after a restart. A failing pass is logged and retried at the next poll.
 */
export class BackgroundJob {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;

  constructor(
    name: string,
    private readonly pollMs: number,
    private readonly pass: () => Promise<boolean>,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  /** Runs a pass soon (now, or right after the one running). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.loop().finally(() => {
      this.running = undefined;
      if (this.stopped) return;
      if (this.again) {
        this.again = false;
        this.wake();
      } else this.timer = setTimeout(() => this.wake(), this.pollMs);
    });
  }

  /** Runs passes until none finds work (demo data, and the end of a test's wait). */
  async runUntilIdle(): Promise<void> {
    while (await this.pass());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private async loop(): Promise<void> {
    try {
      while (!this.stopped && (await this.pass()));
    } catch (error) {
      this.logger.error({ msg: 'pass failed; retried at the next poll', err: String(error) });
    }
  }
}
