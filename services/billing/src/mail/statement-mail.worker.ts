import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { staffAlert } from '@freight/contracts';
import { MailSender } from '@freight/documents';
import { Clock, CLOCK, InjectServiceConfig, Transactions } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { BillingConfig } from '../config';
import { BackgroundJob } from '../shared/background-job';
import { yuan } from '../shared/money.rules';
import { oneOf } from '../shared/sql';
import { StatementQueries } from '../statements/statement.queries';
import { statementFileName, statementPdf, statementXlsx } from '../statements/statement-documents';

interface ClaimedJob {
  id: string;
  statement_id: string;
  to_address: string;
  link: string;
  attempts: number;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Seconds to the next attempt: 2, 4, 8 … at most 10 minutes. */
export const retryDelaySeconds = (attempts: number): number => Math.min(600, 2 ** attempts);

/**
 * R24: sends the statements' mails, outside any business transaction, and retries: a job is
 * claimed with a lease (SKIP LOCKED; replicas share the queue), sent, then marked. A crash after
 * the send and before the mark sends it once more — a mail may arrive twice, never not at all.
 * The schedule runs on the database's clock: retrying is plumbing, not business time. After
 * MAIL_MAX_ATTEMPTS the job fails and the agent is alerted to send it again.
 */
@Injectable()
export class StatementMailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: BackgroundJob;
  private readonly sender: MailSender;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly statements: StatementQueries,
    @InjectServiceConfig() private readonly config: BillingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.sender = new MailSender(config.SMTP_URL, config.MAIL_FROM);
    this.job = new BackgroundJob('StatementMail', config.BILLING_JOBS_POLL_MS, () => this.pass());
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
    this.sender.close();
  }

  wake(): void {
    this.job.wake();
  }

  private async pass(): Promise<boolean> {
    const job = await oneOf<ClaimedJob>(
      this.dataSource,
      `UPDATE mail_job SET attempts = attempts + 1, next_attempt_at = now() + interval '5 minutes'
        WHERE id = (SELECT id FROM mail_job WHERE status = 'queued' AND next_attempt_at <= now()
                     ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, statement_id, to_address, link, attempts`,
    );
    if (!job) return false;
    try {
      await this.deliver(job);
      await this.dataSource.query(
        `UPDATE mail_job SET status = 'sent', sent_at = now(), link = NULL, last_error = NULL
          WHERE id = $1`,
        [job.id],
      );
    } catch (error) {
      await this.failed(job, error instanceof Error ? error.message : String(error));
    }
    return true;
  }

  private async deliver(job: ClaimedJob): Promise<void> {
    const s = await this.statements.detail(job.statement_id);
    const [pdf, xlsx] = await Promise.all([statementPdf(s, job.link), statementXlsx(s)]);
    await this.sender.send({
      to: job.to_address,
      subject: `对账单 ${s.period} — ${s.customer.name}`,
      text: [
        `${s.customer.name}：`,
        '',
        `附件是贵司 ${s.period} 的对账单（PDF 与 Excel），共 ${s.lineCount} 项，价税合计 ¥${yuan(s.total.amountMinor)}。`,
        '请核对明细，并通过以下链接确认或对有异议的项目提出异议；确认后我司即时开具发票。',
        '',
        `确认 / 异议: ${job.link}`,
        '',
        `Your statement for ${s.period} is attached. Confirm it or dispute lines here: ${job.link}`,
      ].join('\n'),
      attachments: [
        { filename: statementFileName(s, 'pdf'), content: pdf, contentType: 'application/pdf' },
        { filename: statementFileName(s, 'xlsx'), content: xlsx, contentType: XLSX },
      ],
    });
  }

  private async failed(job: ClaimedJob, reason: string): Promise<void> {
    const givingUp = job.attempts >= this.config.MAIL_MAX_ATTEMPTS;
    await this.transactions.run(async (tx) => {
      await tx.manager.query(
        `UPDATE mail_job SET last_error = $2, status = $3,
                next_attempt_at = now() + make_interval(secs => $4), link = CASE WHEN $3 = 'failed' THEN NULL ELSE link END
          WHERE id = $1`,
        [
          job.id,
          reason.slice(0, 500),
          givingUp ? 'failed' : 'queued',
          retryDelaySeconds(job.attempts),
        ],
      );
      if (!givingUp) return;
      const s = await oneOf<{ branch: string; customer_name: string }>(
        tx.manager,
        'SELECT branch, customer_name FROM statement WHERE id = $1',
        [job.statement_id],
      );
      await tx.publish(
        staffAlert('billing', {
          alertId: `statement-mail-failed:${job.id}`,
          rule: 'R24',
          kind: 'statement-mail-failed',
          subject: { type: 'statement', id: job.statement_id, branch: s!.branch },
          roles: ['agent'],
          title: `The statement mail to ${s!.customer_name} (${job.to_address}) failed ${job.attempts} times: send it again`,
          detail: reason.slice(0, 2000),
          raisedAt: this.clock.now().toISOString(),
        }),
      );
    });
  }
}
