import { messagingMigrations, OutboxWriter } from '@freight/messaging';
import { createTestDatabase, FakeClock, TestDatabase } from '@freight/testing';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ArmDeadlineHandler } from '../../src/deadlines/arm-deadline.handler';
import { CancelDeadlineHandler } from '../../src/deadlines/cancel-deadline.handler';
import { DeadlineFirer } from '../../src/deadlines/deadline-firer';
import type { ArmDeadline, LadderLevel } from '../../src/deadlines/deadline.model';
import { EscalationLateness } from '../../src/deadlines/escalation-lateness.metric';
import type { EscalationSink } from '../../src/deadlines/escalation.sink';
import { MoveDeadlineHandler } from '../../src/deadlines/move-deadline.handler';
import { OutboxEscalationSink } from '../../src/deadlines/outbox-escalation.sink';
import { PauseDeadlineHandler } from '../../src/deadlines/pause-deadline.handler';
import { ResumeDeadlineHandler } from '../../src/deadlines/resume-deadline.handler';
import { schedulerEntities, schedulerMigrations } from '../../src/scheduler.schema';

export const HOUR = 3_600_000;

export const R17_LADDER: LadderLevel[] = [
  { level: 1, role: 'agent', after: 'PT0S' },
  { level: 2, role: 'branch-manager', after: 'PT1H' },
  { level: 3, role: 'hq-service', after: 'PT4H' },
];

/** An escalation as a consumer will see it: the envelope the outbox relay publishes. */
export interface RaisedEscalation {
  outboxId: number;
  eventId: string;
  deadlineId: string;
  level: number;
  role: string;
  raisedAt: string;
  finalLevel: boolean;
}

/** A migrated scheduler database, the real handlers and firer, a fake clock. */
export class SchedulerWorld {
  readonly clock = new FakeClock('2025-01-06T08:00:00Z');
  readonly registry = new Registry();
  readonly outbox = new OutboxWriter({ service: 'scheduler' });
  readonly sink: EscalationSink = new OutboxEscalationSink(this.outbox);
  private readonly extraSources: DataSource[] = [];

  readonly arm: ArmDeadlineHandler;
  readonly move: MoveDeadlineHandler;
  readonly pause: PauseDeadlineHandler;
  readonly resume: ResumeDeadlineHandler;
  readonly cancel: CancelDeadlineHandler;

  private constructor(
    readonly database: TestDatabase,
    readonly dataSource: DataSource,
  ) {
    this.arm = new ArmDeadlineHandler(dataSource, this.clock);
    this.move = new MoveDeadlineHandler(dataSource, this.clock);
    this.pause = new PauseDeadlineHandler(dataSource, this.clock);
    this.resume = new ResumeDeadlineHandler(dataSource, this.clock);
    this.cancel = new CancelDeadlineHandler(dataSource, this.clock, this.outbox);
  }

  static async start(prefix: string): Promise<SchedulerWorld> {
    const database = await createTestDatabase(prefix);
    const dataSource = await openDataSource(database.url);
    await dataSource.runMigrations({ transaction: 'each' });
    return new SchedulerWorld(database, dataSource);
  }

  /** A firer, as one replica would run it; `ownPool` gives it separate connections. */
  async firer(options: { ownPool?: boolean; sink?: EscalationSink; batchSize?: number } = {}) {
    const dataSource = options.ownPool ? await this.openExtra() : this.dataSource;
    return new DeadlineFirer({
      dataSource,
      clock: this.clock,
      sink: options.sink ?? this.sink,
      lateness: new EscalationLateness(new Registry()),
      batchSize: options.batchSize,
    });
  }

  metricsFirer(): DeadlineFirer {
    return new DeadlineFirer({
      dataSource: this.dataSource,
      clock: this.clock,
      sink: this.sink,
      lateness: new EscalationLateness(this.registry),
    });
  }

  async raised(deadlineId?: string): Promise<RaisedEscalation[]> {
    const rows: { id: string; event_id: string; envelope: { data: Record<string, never> } }[] =
      await this.dataSource.query(
        `SELECT id, event_id, envelope FROM outbox
          WHERE envelope->>'type' = 'scheduler.escalation.raised'
            AND ($1::text IS NULL OR envelope->'data'->>'deadlineId' = $1)
          ORDER BY id`,
        [deadlineId ?? null],
      );
    return rows.map(({ id, event_id, envelope: { data } }) => ({
      outboxId: Number(id),
      eventId: event_id,
      deadlineId: data.deadlineId,
      level: data.level,
      role: data.role,
      raisedAt: data.raisedAt,
      finalLevel: data.finalLevel,
    }));
  }

  async history(deadlineId: string): Promise<{ kind: string; details: Record<string, unknown> }[]> {
    return this.dataSource.query(
      'SELECT kind, details FROM deadline_history WHERE deadline_id = $1 ORDER BY seq',
      [deadlineId],
    );
  }

  async stop(): Promise<void> {
    for (const source of [this.dataSource, ...this.extraSources]) await source.destroy();
    await this.database.drop();
  }

  private async openExtra(): Promise<DataSource> {
    const source = await openDataSource(this.database.url);
    this.extraSources.push(source);
    return source;
  }
}

function openDataSource(url: string): Promise<DataSource> {
  return new DataSource({
    type: 'postgres',
    url,
    entities: schedulerEntities,
    migrations: [...messagingMigrations, ...schedulerMigrations],
    synchronize: false,
  }).initialize();
}

let sequence = 0;

/** An R17 complaint-reply arm due at `dueAt` on the wall clock, with a unique id. */
export function complaintReply(dueAt: Date, overrides: Partial<ArmDeadline> = {}): ArmDeadline {
  const id = `C-${Date.now().toString(36)}-${++sequence}`;
  return {
    deadlineId: `complaint:${id}:reply`,
    rule: 'R17',
    subject: { type: 'complaint', id, branch: 'SH01' },
    due: { kind: 'at', dueAt: dueAt.toISOString() },
    ladder: R17_LADDER,
    payload: { callerPhone: '+86 138 0000 0000' },
    ...overrides,
  };
}
