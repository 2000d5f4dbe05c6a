import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '@freight/platform';
import { bigintAsNumber } from './deadline.entity';
import { DeadlineFields, toDeadline, toRecord } from './deadline.mapper';
import type { DeadlineChange, Escalation } from './deadline.model';
import { fireNextLevel } from './deadline.rules';
import type { EscalationLateness } from './escalation-lateness.metric';
import type { EscalationSink } from './escalation.sink';

export interface DeadlineFirerOptions {
  dataSource: DataSource;
  clock: Clock;
  sink: EscalationSink;
  lateness?: EscalationLateness;
  /** rows claimed per transaction */
  batchSize?: number;
}

/**
 * Fires lapsed ladder levels (R39). Each pass claims the earliest due rows with FOR UPDATE
 * SKIP LOCKED, so replicas share the work and never fire the same row; the level advance, the
 * history line and the escalation commit in one transaction, so a crash loses or repeats
 * nothing. After downtime the same query drains the backlog in due order (claimed in due
 * order; with several transactions in flight, committed in about that order — decision 0030).
 */
export class DeadlineFirer {
  private readonly batchSize: number;

  constructor(private readonly options: DeadlineFirerOptions) {
    this.batchSize = options.batchSize ?? 500;
  }

  /** When the next level of an armed deadline is due (in the past when one waits to fire). */
  async earliestNextFire(): Promise<Date | null> {
    const [row] = (await this.options.dataSource.query(
      `SELECT min(next_fire_at) AS next FROM deadline WHERE state = 'armed'`,
    )) as { next: Date | null }[];
    return row?.next ? new Date(row.next) : null;
  }

  /**
   * One transaction: fires at most one level of at most batchSize deadlines. `more` says whether
   * lapsed levels may be left: the claim was full, or a fired deadline's next level is lapsed too
   * (catching up after downtime).
   */
  async fireDue(): Promise<{ raised: Escalation[]; more: boolean }> {
    const now = this.options.clock.now();
    const pass = await this.options.dataSource.transaction(async (tx) => {
      const records = (await tx.query(CLAIM_DUE, [now, this.batchSize])) as ClaimedRow[];
      if (records.length === 0) return { raised: [], more: false };
      const fired = records.map((record) =>
        fireNextLevel(
          toDeadline({
            ...record,
            pausedRemainingMs: bigintAsNumber.from(record.pausedRemainingMs),
          }),
          now,
        ),
      );
      await saveFired(tx, fired);
      const raised = fired.map((f) => f.escalation);
      await this.options.sink.raise(tx, raised);
      const lapsedAgain = fired.some(
        ({ deadline: d }) => d.state === 'armed' && d.nextFireAt !== null && d.nextFireAt <= now,
      );
      return { raised, more: records.length === this.batchSize || lapsedAgain };
    });
    this.options.lateness?.observe(pass.raised);
    return pass;
  }

  /**
   * Passes until nothing lapsed is left; returns how many levels fired. The first pass runs
   * alone: at a trickle (a level or two at each wake-up) it takes everything lapsed, and a second
   * pass, or a second worker, would only claim nothing — three round trips at every wake-up.
   * When it leaves more, `concurrency` transactions run at once, each claiming the earliest rows
   * the others have not locked: a burst is fired in overlapping batches, until a pass finds none.
   */
  async drain(concurrency = 1): Promise<number> {
    const first = await this.fireDue();
    if (!first.more) return first.raised.length;
    const worker = async () => {
      let fired = 0;
      for (let pass = await this.fireDue(); pass.raised.length > 0; pass = await this.fireDue())
        fired += pass.raised.length;
      return fired;
    };
    // Settle all before reporting a failure: no transaction is left running behind the caller.
    const results = await Promise.allSettled(Array.from({ length: concurrency }, worker));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    return results.reduce(
      (sum, r) => sum + (r.status === 'fulfilled' ? r.value : 0),
      first.raised.length,
    );
  }
}

/**
 * The earliest lapsed levels no other transaction holds, as DeadlineRecord fields (what
 * toDeadline reads). Plain SQL rather than the query builder, which hydrated entities and
 * parsed the two bookkeeping timestamps of every claimed row (docs/scheduler.md, Operations).
 */
const CLAIM_DUE = `
  SELECT id, rule, subject_type AS "subjectType", subject_id AS "subjectId", branch, calendar,
         due_at AS "dueAt", ladder, state, next_level AS "nextLevel", next_fire_at AS "nextFireAt",
         paused_remaining_ms AS "pausedRemainingMs", payload, arm_digest AS "armDigest", version
    FROM deadline
   WHERE state = 'armed' AND next_fire_at <= $1
   ORDER BY next_fire_at, id
   LIMIT $2
     FOR UPDATE SKIP LOCKED`;

type ClaimedRow = Omit<DeadlineFields, 'pausedRemainingMs'> & {
  /** bigint: node-postgres returns it as text */
  pausedRemainingMs: string | null;
};

/**
 * One UPDATE and one INSERT for the whole batch, each with its rows as one JSON array: catching
 * up on 10k rows stays quick, and node-postgres need not quote every ladder and detail into an
 * array literal (that cost a burst's passes more than the writes themselves).
 */
async function saveFired(tx: EntityManager, fired: DeadlineChange[]): Promise<void> {
  const rows = fired.map((f) => toRecord(f.deadline));
  await tx.query(
    `UPDATE deadline d
        SET ladder = u.ladder, state = u.state, next_level = u.next_level,
            next_fire_at = u.next_fire_at, next_role = u.next_role,
            escalated_role = u.escalated_role, version = u.version, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb)
            AS u(id text, ladder jsonb, state text, next_level int, next_fire_at timestamptz,
                 next_role text, escalated_role text, version int)
      WHERE d.id = u.id`,
    [
      JSON.stringify(
        rows.map((r) => ({
          id: r.id,
          ladder: r.ladder,
          state: r.state,
          next_level: r.nextLevel,
          next_fire_at: r.nextFireAt,
          next_role: r.nextRole,
          escalated_role: r.escalatedRole,
          version: r.version,
        })),
      ),
    ],
  );
  await tx.query(
    `INSERT INTO deadline_history (deadline_id, kind, at, details)
     SELECT deadline_id, kind, at, details
       FROM jsonb_to_recordset($1::jsonb)
            AS h(deadline_id text, kind text, at timestamptz, details jsonb)`,
    [
      JSON.stringify(
        fired.map((f) => ({
          deadline_id: f.deadline.id,
          kind: f.entry.kind,
          at: f.entry.at,
          details: f.entry.details,
        })),
      ),
    ],
  );
}
