import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MailSender } from '@freight/documents';
import { Clock, InjectClock, InjectServiceConfig } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { ComplaintConfig } from '../config';

const BATCH = 20;
const MAX_BACKOFF_MS = 3_600_000;

/** a failed send waits 10 s, 20 s, 40 s … at most an hour, and is tried again */
export const backoffMs = (attempts: number) =>
  Math.min(10_000 * 2 ** (attempts - 1), MAX_BACKOFF_MS);

/**
 * Sends the queued mail (survey and ballot links) over SMTP_URL: each row is claimed with
 * SKIP LOCKED (replicas share the queue), deleted once the server accepted it, else retried
 * later with its error kept. Nothing runs when no SMTP server is configured.
 */
@Injectable()
export class MailRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailRelay');
  private sender?: MailSender;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: ComplaintConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SMTP_URL) return;
    this.sender = new MailSender(this.config.SMTP_URL, this.config.MAIL_FROM);
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.sender?.close();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass()
        .catch((error: Error) =>
          this.logger.warn({ msg: 'mail pass failed', error: error.message }),
        )
        .finally(() => this.schedule());
    }, this.config.MAIL_POLL_MS);
    this.timer.unref();
  }

  /** One pass: what is due, sent; returns how many were sent. */
  async pass(): Promise<number> {
    let sent = 0;
    await this.dataSource.transaction(async (manager) => {
      const due: {
        id: string;
        recipient: string;
        subject: string;
        body: string;
        attempts: number;
      }[] = await manager.query(
        `SELECT id, recipient, subject, body, attempts FROM mail_queue
            WHERE next_attempt_at <= $1 ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [this.clock.now()],
      );
      for (const mail of due) {
        try {
          await this.sender!.send({ to: mail.recipient, subject: mail.subject, text: mail.body });
          await manager.query('DELETE FROM mail_queue WHERE id = $1', [mail.id]);
          sent++;
        } catch (error) {
          const attempts = mail.attempts + 1;
          await manager.query(
            'UPDATE mail_queue SET attempts = $2, next_attempt_at = $3, last_error = $4 WHERE id = $1',
            [
              mail.id,
              attempts,
              new Date(this.clock.now().getTime() + backoffMs(attempts)),
              String((error as Error).message).slice(0, 500),
            ],
          );
          this.logger.warn({ msg: 'mail not accepted; will retry', id: mail.id, attempts });
        }
      }
    });
    return sent;
  }
}
