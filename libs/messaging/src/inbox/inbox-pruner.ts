import type { DataSource } from 'typeorm';
import type { MessagingLogger } from '../messaging-logger';

export interface InboxPrunerOptions {
  dataSource: DataSource;
  /**
   * how long an inbox row is kept; default 14 days. Keep it above the retention of the topics
   * consumed (Kafka's default is 7 days): a redelivery older than its row would apply again.
   */
  retentionMs?: number;
  /** how often to prune; default 1 hour (and once at start) */
  pruneIntervalMs?: number;
  logger: MessagingLogger;
}

export const DEFAULT_INBOX_RETENTION_MS = 14 * 24 * 3600_000;

/**
 * Deletes inbox rows older than the retention, past which Kafka can no longer redeliver their
 * events, so the table does not grow for ever. Every replica may run one: deletes of the same
 * rows simply overlap.
 */
export class InboxPruner {
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;

  constructor(private readonly options: InboxPrunerOptions) {}

  /** Rows deleted. */
  async pruneOnce(): Promise<number> {
    const retentionMs = this.options.retentionMs ?? DEFAULT_INBOX_RETENTION_MS;
    const [, deleted] = (await this.options.dataSource.query(
      `DELETE FROM inbox WHERE processed_at < now() - make_interval(secs => $1)`,
      [retentionMs / 1000],
    )) as [unknown, number];
    return deleted;
  }

  start(): void {
    const run = () => {
      this.pass = this.pruneOnce().then(
        (deleted) => {
          if (deleted > 0) this.options.logger.log(`inbox: pruned ${deleted} rows past retention`);
        },
        (error: unknown) => this.options.logger.warn(`inbox: pruning failed: ${String(error)}`),
      );
    };
    run();
    this.timer = setInterval(run, this.options.pruneIntervalMs ?? 3600_000);
    this.timer.unref();
  }

  /** Stops the timer and waits for a pass in flight. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.pass;
  }
}
