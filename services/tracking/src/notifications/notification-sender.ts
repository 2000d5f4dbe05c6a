import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { MailSender } from '@freight/documents';
import { Clock, HttpMetrics, InjectClock, InjectServiceConfig } from '@freight/platform';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import type { TrackingConfig } from '../config';
import { Notification } from './notification.entity';
import { afterFailure } from './notification.rules';
import { SMS_GATEWAY, SmsGateway } from './sms-gateway';

/** How long a claimed message is ours: a sender that dies mid-send leaves it to another after this. */
const LEASE_MS = 5 * 60_000;
const BATCH = 20;

/**
 * R11: the background job that tells customers. Every NOTIFY_POLL_MS it claims the messages
 * due (FOR UPDATE SKIP LOCKED, then a lease, so replicas share the queue and no transaction is
 * held while a mail server answers), sends each — mail over SMTP (nodemailer via
 * @freight/documents), SMS through the provider port — and records the outcome: sent, or retried
 * with doubling backoff (times from the service's clock), or failed after NOTIFY_MAX_ATTEMPTS.
 */
@Injectable()
export class NotificationSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationSender');
  private readonly mail: MailSender;
  private readonly outcomes: Counter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: TrackingConfig,
    @Inject(SMS_GATEWAY) private readonly sms: SmsGateway,
    metrics: HttpMetrics,
  ) {
    this.mail = new MailSender(config.SMTP_URL, config.MAIL_FROM);
    this.outcomes = new Counter({
      name: 'tracking_notifications_total',
      help: 'Customer notifications by channel and outcome of the attempt (sent, retry, failed)',
      labelNames: ['channel', 'outcome'],
      registers: [metrics.registry],
    });
  }

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.mail.close();
  }

  private schedule() {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.sendDue()
        .then(() => undefined)
        .catch((error) => this.logger.error(`sending notifications failed: ${String(error)}`))
        .finally(() => this.schedule());
    }, this.config.NOTIFY_POLL_MS);
  }

  /** One pass: claims what is due and sends it; returns how many it handled. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const claimed: Notification[] = await this.dataSource.transaction(async (m) => {
      const due = await m
        .createQueryBuilder(Notification, 'n')
        .where("n.state = 'pending' AND n.next_attempt_at <= :now", { now })
        .orderBy('n.next_attempt_at')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (due.length > 0)
        await m.update(
          Notification,
          due.map((n) => n.id),
          { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
        );
      return due;
    });
    for (const notification of claimed) await this.send(notification);
    return claimed.length;
  }

  private async send(n: Notification): Promise<void> {
    const attempts = n.attempts + 1;
    const now = this.clock.now();
    try {
      const recipient = n.recipient ?? (await this.fileAddress(n.customerId));
      const ref =
        n.channel === 'email'
          ? await this.mail.send({
              to: recipient,
              subject: n.subject ?? '',
              text: n.body,
              html: n.html ?? undefined,
            })
          : await this.sms.send(recipient, n.body);
      await this.dataSource.manager.update(Notification, n.id, {
        state: 'sent',
        attempts,
        recipient,
        sentAt: now,
        providerRef: ref,
        lastError: null,
      });
      this.outcomes.inc({ channel: n.channel, outcome: 'sent' });
    } catch (error) {
      const outcome = afterFailure(
        attempts,
        this.config.NOTIFY_MAX_ATTEMPTS,
        this.config.NOTIFY_RETRY_BASE_MS,
        now,
      );
      const reason = error instanceof Error ? error.message : String(error);
      await this.dataSource.manager.update(Notification, n.id, {
        attempts,
        lastError: reason.slice(0, 500),
        state: outcome.state === 'failed' ? 'failed' : 'pending',
        ...(outcome.state === 'pending' ? { nextAttemptAt: outcome.retryAt } : {}),
      });
      this.outcomes.inc({
        channel: n.channel,
        outcome: outcome.state === 'failed' ? 'failed' : 'retry',
      });
      this.logger.warn({
        msg: 'notification not sent',
        id: n.id,
        channel: n.channel,
        attempts,
        reason,
      });
    }
  }

  /** The customer file's address (it may have reached us after the status change). */
  private async fileAddress(customerId: string): Promise<string> {
    const [row] = await this.dataSource.query('SELECT email FROM customer WHERE customer_id = $1', [
      customerId,
    ]);
    if (!row?.email)
      throw new Error(`no e-mail address on the file of customer ${customerId} (yet)`);
    return row.email as string;
  }
}
