import type { DataSource } from 'typeorm';
import { OUTBOX_CHANNEL } from '../migrations';
import type { MessagingLogger } from '../messaging-logger';

interface ListeningClient {
  query(sql: string): Promise<unknown>;
  on(event: 'notification' | 'error', listener: (arg: unknown) => void): void;
  off(event: 'notification' | 'error', listener: (arg: unknown) => void): void;
}
/** The part of TypeORM's Postgres driver that hands out a raw pg connection. */
interface PostgresPool {
  obtainMasterConnection(): Promise<[ListeningClient, (err?: unknown) => void]>;
}

/**
 * Wakes the relay when an outbox insert commits (LISTEN on one connection held from the
 * service's pool). Polling stays as the backstop: a notification can be missed while the
 * connection is re-established, and notifications never carry data we rely on.
 */
export class OutboxWakeup {
  private pending = false;
  /** what this relay last wrote to outbox_relay_state; unknown at start */
  private relayIdle?: boolean;
  private waiter?: () => void;
  private release?: (err?: unknown) => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: MessagingLogger,
  ) {}

  async listen(): Promise<void> {
    const [client, release] = await (
      this.dataSource.driver as unknown as PostgresPool
    ).obtainMasterConnection();
    const onNotification = () => this.wake();
    const onError = (err: unknown) => {
      this.logger.warn(`outbox LISTEN connection failed, polling until it is back: ${String(err)}`);
      this.release?.(err);
      setTimeout(() => this.relisten(), 1000).unref();
    };
    // Once, and our handlers off first: the pool then owns the client's later errors.
    this.release = (err) => {
      this.release = undefined;
      client.off('notification', onNotification);
      client.off('error', onError);
      release(err);
    };
    client.on('notification', onNotification);
    client.on('error', onError);
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
  }

  /** Resolves on the next notification (or one that came since the last wait), or after `ms`. */
  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiter = undefined;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiter = done;
    });
  }

  /**
   * Tells writers whether to notify (the outbox trigger reads the flag). Writes only on a change;
   * returns true when it changed.
   */
  async setRelayIdle(idle: boolean): Promise<boolean> {
    if (this.relayIdle === idle) return false;
    await this.dataSource.query(`UPDATE outbox_relay_state SET relay_idle = $1`, [idle]);
    this.relayIdle = idle;
    return true;
  }

  wake(): void {
    this.pending = true;
    this.waiter?.();
  }

  close(): void {
    // Destroy rather than return the connection: a pooled connection still LISTENing would
    // collect notifications nobody reads.
    this.release?.(true);
    this.release = undefined;
    this.wake();
  }

  private relisten(): void {
    if (!this.dataSource.isInitialized) return;
    this.listen().catch((err) => {
      this.logger.warn(`outbox LISTEN not re-established, retrying: ${String(err)}`);
      setTimeout(() => this.relisten(), 1000).unref();
    });
  }
}
