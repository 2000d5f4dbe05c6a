import type { ServerResponse } from 'node:http';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import type { Notification, Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { Principal } from '../access/principal';
import type { GatewayConfig } from '../config';
import { LIVE_CHANNEL, SELECT_NOTIFICATION, toNotification } from './live-notifications.store';
import { audienceOf, LiveNotification, reaches, SSE_HEARTBEAT, sseEvent } from './live.rules';

// A client that lets this much pile up unread is cut off; it reconnects with Last-Event-ID.
const MAX_UNSENT_BYTES = 1024 * 1024;
const FETCH_PAGE = 500;
const SWEEP_EVERY_MS = 10 * 60_000;
const RELISTEN_AFTER_MS = 2_000;

interface LiveClient {
  principal: Principal;
  raw: ServerResponse;
  /** the id of the last event this client has (sent, or named in Last-Event-ID) */
  lastId: bigint;
  /** false while its replay runs; live events wait in `pending` meanwhile */
  ready: boolean;
  pending: LiveNotification[];
  expiry: NodeJS.Timeout;
}

/**
 * This replica's SSE clients (decision 0021). Rows of live_notification are read in id order
 * (= commit order) when Postgres NOTIFYs, with a polling backstop, and written to every client
 * the row reaches. A reconnecting client first gets what it missed after its Last-Event-ID.
 */
@Injectable()
export class LiveHub implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveHub');
  private readonly clients = new Set<LiveClient>();
  private cursor = 0n;
  private listener?: { client: PoolClient; release: (error?: Error) => void };
  private readonly timers: NodeJS.Timeout[] = [];
  private fetching?: Promise<void>;
  private fetchAgain = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @InjectServiceConfig() private readonly config: GatewayConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const [{ max }] = await this.dataSource.query(
      'SELECT coalesce(max(id), 0)::text AS max FROM live_notification',
    );
    this.cursor = BigInt(max);
    await this.listen();
    this.timers.push(
      setInterval(() => this.wake(), this.config.LIVE_POLL_MS),
      setInterval(() => this.heartbeat(), this.config.LIVE_HEARTBEAT_MS),
      setInterval(() => void this.sweep(), SWEEP_EVERY_MS),
    );
    void this.sweep();
  }

  /** Ends every stream (clients reconnect elsewhere with Last-Event-ID) so the server can close. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    for (const client of [...this.clients]) this.end(client);
    const listener = this.listener;
    if (listener) {
      await listener.client.query(`UNLISTEN ${LIVE_CHANNEL}`).catch(() => undefined);
      listener.release();
    }
    await this.fetching;
  }

  get connectedClients(): number {
    return this.clients.size;
  }

  /** Registers an open stream: replays what it missed after `lastEventId`, then sends live. */
  async open(
    principal: Principal,
    raw: ServerResponse,
    lastEventId: bigint | undefined,
  ): Promise<void> {
    const client: LiveClient = {
      principal,
      raw,
      lastId: this.cursor,
      ready: lastEventId === undefined,
      pending: [],
      expiry: setTimeout(() => this.end(client), this.config.LIVE_MAX_STREAM_SECONDS * 1000),
    };
    this.clients.add(client);
    raw.on('close', () => this.drop(client));
    if (lastEventId === undefined) return;
    const { missed, newest } = await this.missedSince(principal, lastEventId);
    client.lastId = lastEventId > newest ? newest : lastEventId;
    for (const notification of missed) this.send(client, notification);
    client.ready = true;
    for (const notification of client.pending.splice(0)) this.send(client, notification);
  }

  /** Asks for new rows now (NOTIFY, poll tick); one read at a time, re-run if asked meanwhile. */
  wake(): void {
    if (this.stopped) return;
    if (this.fetching) {
      this.fetchAgain = true;
      return;
    }
    this.fetching = this.fetchNew()
      .catch((error: unknown) =>
        this.logger.warn({ msg: 'reading live notifications failed', err: error }),
      )
      .finally(() => {
        this.fetching = undefined;
        if (this.fetchAgain) {
          this.fetchAgain = false;
          this.wake();
        }
      });
  }

  private async fetchNew(): Promise<void> {
    for (;;) {
      const rows = await this.dataSource.query(
        `${SELECT_NOTIFICATION} WHERE id > $1 ORDER BY id LIMIT ${FETCH_PAGE}`,
        [this.cursor.toString()],
      );
      for (const row of rows) {
        const notification = toNotification(row);
        this.cursor = BigInt(notification.id);
        this.dispatch(notification);
      }
      if (rows.length < FETCH_PAGE) return;
    }
  }

  private dispatch(notification: LiveNotification): void {
    for (const client of this.clients) {
      if (!reaches(client.principal, notification)) continue;
      if (client.ready) this.send(client, notification);
      else client.pending.push(notification);
    }
  }

  private async missedSince(principal: Principal, lastEventId: bigint) {
    const { role, branch } = audienceOf(principal);
    const rows = await this.dataSource.query(
      `SELECT * FROM (${SELECT_NOTIFICATION}
         WHERE id > $1 AND role = $2 AND ($3::text IS NULL OR branch = $3)
           AND created_at > now() - make_interval(hours => $4)
         ORDER BY id DESC LIMIT $5) newest_first ORDER BY id`,
      [
        lastEventId.toString(),
        role,
        branch,
        this.config.LIVE_RETENTION_HOURS,
        this.config.LIVE_REPLAY_MAX_EVENTS,
      ],
    );
    const [{ max }] = await this.dataSource.query(
      'SELECT coalesce(max(id), 0)::text AS max FROM live_notification',
    );
    return { missed: rows.map(toNotification), newest: BigInt(max) };
  }

  private send(client: LiveClient, notification: LiveNotification): void {
    const id = BigInt(notification.id);
    if (id <= client.lastId || client.raw.writableEnded) return;
    client.lastId = id;
    client.raw.write(sseEvent(notification));
    if (client.raw.writableLength > MAX_UNSENT_BYTES) {
      this.logger.warn({
        msg: 'live client too slow: stream ended',
        user: client.principal.username,
      });
      this.end(client);
    }
  }

  private heartbeat(): void {
    for (const client of this.clients)
      if (!client.raw.writableEnded) client.raw.write(SSE_HEARTBEAT);
  }

  private end(client: LiveClient): void {
    this.drop(client);
    if (!client.raw.writableEnded) client.raw.end();
  }

  private drop(client: LiveClient): void {
    clearTimeout(client.expiry);
    this.clients.delete(client);
  }

  /** Bounded retention: what Last-Event-ID can still replay (any replica may sweep). */
  private async sweep(): Promise<void> {
    await this.dataSource
      .query(
        'DELETE FROM live_notification WHERE created_at < now() - make_interval(hours => $1)',
        [this.config.LIVE_RETENTION_HOURS],
      )
      .catch((error: unknown) =>
        this.logger.warn({ msg: 'sweeping old live notifications failed', err: error }),
      );
  }

  /** One pooled connection LISTENs; if it breaks, the poll carries on until it is back. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    let client: PoolClient;
    try {
      client = await (this.dataSource.driver as unknown as { master: Pool }).master.connect();
    } catch (error) {
      this.logger.warn({ msg: 'cannot LISTEN for live notifications; retrying', err: error });
      this.timers.push(setTimeout(() => void this.listen(), RELISTEN_AFTER_MS));
      return;
    }
    const onNotification = (message: Notification) => {
      if (message.channel === LIVE_CHANNEL) this.wake();
    };
    const onError = (error: Error) => {
      this.logger.warn({ msg: 'LISTEN connection lost; polling until it is back', err: error });
      release(error);
    };
    // Once: our handlers come off before the client goes back to the pool, where its next
    // borrower's errors are none of ours (a second release would throw).
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      client.off('notification', onNotification);
      client.off('error', onError);
      if (this.listener?.client === client) this.listener = undefined;
      client.release(error);
      if (error && !this.stopped)
        this.timers.push(setTimeout(() => void this.listen(), RELISTEN_AFTER_MS));
    };
    client.on('notification', onNotification);
    client.on('error', onError);
    try {
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      this.logger.warn({ msg: 'cannot LISTEN for live notifications; retrying', err: error });
      release(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    this.listener = { client, release };
    this.wake(); // anything committed while not listening
  }
}
