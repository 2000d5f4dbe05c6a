import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { KafkaClient } from '../kafka-client';
import { LazyProducer } from '../lazy-producer';
import { MessagingLogger, nestLogger } from '../messaging-logger';
import { OutboxWakeup } from './outbox-wakeup';
import {
  CLAIM_BATCH,
  MARK_PUBLISHED,
  OLDEST_UNPUBLISHED_AGE,
  OutboxRow,
  PRUNE_PUBLISHED,
} from './outbox.queries';
import { RelayMetrics } from './relay-metrics';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: KafkaClient;
  /** events claimed and published per pass; default 200 */
  batchSize?: number;
  /** polling backstop when no notification arrives; default 1000 ms */
  pollIntervalMs?: number;
  /** after an empty pass while events came lately, the relay polls this often instead of asking for notifications (after a non-empty pass it claims again at once); default 10 ms */
  busyPollIntervalMs?: number;
  /** the relay asks writers to notify it once it found nothing for this long; default 250 ms */
  idleAfterMs?: number;
  /** published rows are deleted once older than this; default 7 days */
  retentionMs?: number;
  /** how often pruning runs; default 10 min */
  pruneIntervalMs?: number;
  /** first pause after a failed pass, doubled up to `maxRetryDelayMs`; defaults 250 ms and 2 s */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Prometheus registry to register the relay's metrics in (one relay per registry) */
  metricsRegistry?: Registry;
  logger?: MessagingLogger;
  /**
   * Runs after Kafka acknowledged a batch and before the rows are marked published: where a
   * fault-injection test kills the process to prove that duplicates on the wire have one effect.
   */
  afterSend?: (eventIds: string[]) => void | Promise<void>;
  /** creates topics before their first event (brokers do not auto-create); none when absent */
  ensureTopics?: (topics: string[]) => Promise<void>;
}

/**
 * Publishes committed outbox rows to Kafka in id order per key with the idempotent producer,
 * then marks them published. Several replicas share the work through `FOR UPDATE SKIP LOCKED`
 * (docs/decisions/0010). A crash between send and mark re-sends: consumers' inboxes absorb it.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly logger: MessagingLogger;
  private readonly metrics: RelayMetrics;
  private readonly wakeup: OutboxWakeup;
  private readonly producer: LazyProducer;
  private loop?: Promise<void>;
  private running = false;
  private lastPrune = 0;
  /** topics known to exist: ensured once per process */
  private readonly topicsReady = new Set<string>();
  /** since when passes fail (undefined: they succeed), and how many failed */
  private failing?: { since: number; passes: number };

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 200;
    // A send must fail within seconds while the broker is away, so that the failure is seen
    // (metric, log) and the relay's own short backoff — not kafkajs' retries, which for an
    // idempotent producer are unbounded — decides when to try again. A failed send is sent
    // again whole: copies on the wire are what consumers' inboxes absorb.
    this.producer = new LazyProducer(options.kafka, { retry: RELAY_SEND_RETRY });
    this.logger = options.logger ?? nestLogger(OutboxRelay.name);
    this.metrics = new RelayMetrics(options.metricsRegistry ?? new Registry(), () =>
      this.oldestUnpublishedAge(),
    );
    this.wakeup = new OutboxWakeup(options.dataSource, this.logger);
  }

  async start(): Promise<void> {
    if (this.running) return;
    // The producer connects on the first pass: a broker that is down at start-up is retried with
    // backoff by run(), and the service still starts (its /health/ready says Kafka is down).
    await this.wakeup.listen();
    this.running = true;
    this.loop = this.run();
  }

  /** Lets the pass in flight finish (its rows get marked), then disconnects. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wakeup.close();
    await this.loop;
    await this.producer.close();
  }

  /** One pass: claim, publish, mark. Returns how many events went out. */
  async relayBatch(): Promise<number> {
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const rows: OutboxRow[] = await runner.query(CLAIM_BATCH, [this.batchSize]);
      if (rows.length > 0) {
        await this.send(rows);
        await this.options.afterSend?.(rows.map((r) => r.event_id));
        await runner.query(MARK_PUBLISHED, [rows.map((r) => r.id)]);
      }
      await runner.commitTransaction();
      this.observe(rows);
      return rows.length;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
  }

  async pruneOnce(): Promise<void> {
    const retentionMs = this.options.retentionMs ?? 7 * 24 * 3600_000;
    await this.options.dataSource.query(PRUNE_PUBLISHED, [retentionMs / 1000]);
    this.lastPrune = Date.now();
  }

  private async run(): Promise<void> {
    const pollIntervalMs = this.options.pollIntervalMs ?? 1000;
    const busyPollMs = this.options.busyPollIntervalMs ?? 10;
    const idleAfterMs = this.options.idleAfterMs ?? 250;
    const firstRetryMs = this.options.retryDelayMs ?? 250;
    let retryMs = firstRetryMs;
    let lastEventAt = 0;
    while (this.running) {
      try {
        const published = await this.relayBatch();
        retryMs = firstRetryMs;
        this.recovered();
        if (published > 0) lastEventAt = Date.now();
        if (Date.now() - this.lastPrune > (this.options.pruneIntervalMs ?? 600_000))
          await this.pruneOnce();
        // Busy: keep writers from notifying (their NOTIFYs serialise commits) and go again at
        // once — events committed while this pass ran are waiting — or, after an empty pass,
        // poll quickly for a while.
        if (published > 0) {
          await this.wakeup.setRelayIdle(false);
          continue;
        }
        if (Date.now() - lastEventAt < idleAfterMs) {
          await this.wakeup.wait(busyPollMs);
          continue;
        }
        // Idle: ask writers to notify, then look once more before sleeping, so an event
        // committed while the flag was being set is not left to the polling backstop.
        if (await this.wakeup.setRelayIdle(true)) continue;
        await this.wakeup.wait(pollIntervalMs);
      } catch (err) {
        this.failed(err);
        await this.wakeup.wait(retryMs);
        retryMs = Math.min(retryMs * 2, this.options.maxRetryDelayMs ?? 2_000);
      }
    }
  }

  /**
   * Every failed pass is counted (outbox_relay_failures_total) but only the change of state is
   * logged, once: a broker down for minutes would otherwise write a line every 2 s.
   */
  private failed(err: unknown): void {
    this.metrics.failures.inc();
    if (this.failing) {
      this.failing.passes++;
      return;
    }
    this.failing = { since: Date.now(), passes: 1 };
    this.metrics.failing.set(1);
    this.logger.error(
      `outbox relay: publishing fails, retrying every ${this.options.maxRetryDelayMs ?? 2_000} ms at most until it works: ${String(err)}`,
      (err as Error)?.stack,
    );
  }

  private recovered(): void {
    if (!this.failing) return;
    const { since, passes } = this.failing;
    this.failing = undefined;
    this.metrics.failing.set(0);
    this.logger.log(
      `outbox relay: publishing again after ${((Date.now() - since) / 1000).toFixed(1)} s and ${passes} failed pass(es)`,
    );
  }

  /** In claim order, so each partition receives one key's events in commit order. */
  private async send(rows: OutboxRow[]): Promise<void> {
    const byTopic = new Map<
      string,
      { key: string; value: string; headers: Record<string, string> }[]
    >();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      byTopic.set(row.topic, messages);
      messages.push({ key: row.key, value: row.envelope, headers: row.headers });
    }
    await this.ensureTopics([...byTopic.keys()]);
    const producer = await this.producer.get();
    try {
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    } catch (err) {
      if (producerSessionLost(err)) await this.dropProducer(err);
      throw err;
    }
  }

  private async ensureTopics(topics: string[]): Promise<void> {
    const missing = topics.filter((topic) => !this.topicsReady.has(topic));
    if (missing.length === 0 || !this.options.ensureTopics) return;
    await this.options.ensureTopics(missing);
    for (const topic of missing) this.topicsReady.add(topic);
  }

  /**
   * The broker no longer accepts this producer's sequence numbers (e.g. it restarted without
   * them): a new producer id is the only way on. The rows go again under it, so the previous
   * attempt may have left copies on the wire — consumers' inboxes absorb them.
   */
  private async dropProducer(cause: unknown): Promise<void> {
    this.logger.warn(
      `the broker refused the producer's session (${String(cause)}): starting a new one`,
    );
    await this.producer.reset();
  }

  private observe(rows: OutboxRow[]): void {
    const now = Date.now();
    for (const row of rows) this.metrics.delay.observe((now - row.created_ms) / 1000);
    this.metrics.published.inc(rows.length);
  }

  private async oldestUnpublishedAge(): Promise<number> {
    const [row] = await this.options.dataSource.query(OLDEST_UNPUBLISHED_AGE);
    return Number(row?.seconds ?? 0);
  }
}

/** About 2 s of kafkajs retries per send (200, 400, 800 ms), then the pass fails. */
const RELAY_SEND_RETRY = { retries: 3, initialRetryTime: 200, maxRetryTime: 1_000 };

/** Protocol errors after which an idempotent producer's session cannot continue. */
const LOST_SESSION = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
  'INVALID_PRODUCER_ID_MAPPING',
  'PRODUCER_FENCED',
]);

/** True when `error`, or an error it wraps (kafkajs retries wrap the last one), is such a loss. */
export function producerSessionLost(error: unknown): boolean {
  type Wrapped = { type?: unknown; cause?: unknown; originalError?: unknown };
  let e = error as Wrapped | undefined;
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e.type === 'string' && LOST_SESSION.has(e.type)) return true;
    e = (e.originalError ?? e.cause) as Wrapped | undefined;
  }
  return false;
}
