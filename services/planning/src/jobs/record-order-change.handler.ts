import { Injectable, Logger } from '@nestjs/common';
import { InjectServiceConfig, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { PlanningConfig } from '../config';
import { MarkPlansStale } from '../plans/mark-plans-stale';
import { PlanningJob } from './planning-job.entity';
import { JobDraft, jobsOfOrder, JobSettings, OrderSnapshot } from './job.rules';

export type OrderChange =
  | { kind: 'placed' | 'amended'; order: OrderSnapshot; at: Date }
  | { kind: 'cancelled'; waybillNo: string; at: Date };

/** The job settings of the configuration. */
export function jobSettingsOf(config: PlanningConfig): JobSettings {
  return {
    regionBranches: config.REGION_BRANCHES,
    deliveryDayStart: config.DELIVERY_DAY_START,
    timeZone: config.PLANNING_TIME_ZONE,
  };
}

/**
 * R40 inputs from order events: an order placed or amended (re)writes its pickup and door
 * delivery, a cancelled one cancels them; a plan of a day they touch becomes stale. State
 * guards: an event older than the one that last wrote a job changes nothing, and a cancelled
 * job stays cancelled (R4: a cancelled order is not shipped).
 */
@Injectable()
export class RecordOrderChangeHandler {
  private readonly logger = new Logger('OrderChanges');

  constructor(
    private readonly transactions: Transactions,
    private readonly markStale: MarkPlansStale,
    @InjectServiceConfig() private readonly config: PlanningConfig,
  ) {}

  async handle(change: OrderChange, manager?: EntityManager): Promise<void> {
    await this.transactions.run(async (tx) => {
      const waybillNo = change.kind === 'cancelled' ? change.waybillNo : change.order.waybillNo;
      const existing = await tx.manager.find(PlanningJob, {
        where: { waybillNo },
        lock: { mode: 'pessimistic_write' },
      });
      const touched = new Map<string, { branch: string; date: string }>();
      const touch = (job: { branch: string; planDate: string }) =>
        touched.set(`${job.branch}|${job.planDate}`, { branch: job.branch, date: job.planDate });

      const drafts =
        change.kind === 'cancelled' ? [] : jobsOfOrder(change.order, jobSettingsOf(this.config));
      if (
        change.kind !== 'cancelled' &&
        drafts.length === 1 &&
        change.order.deliveryMode === 'door'
      )
        this.logger.warn(
          `${waybillNo}: no branch delivers to region ${change.order.lane.destination}`,
        );
      for (const job of existing) {
        if (job.sourceAt > change.at || job.status === 'cancelled') continue;
        if (drafts.some((d) => d.id === job.id)) continue;
        touch(job);
        await tx.manager.update(
          PlanningJob,
          { id: job.id },
          { status: 'cancelled', sourceAt: change.at },
        );
      }
      for (const draft of drafts) {
        const before = existing.find((j) => j.id === draft.id);
        if (before && (before.sourceAt > change.at || before.status === 'cancelled')) continue;
        if (before) touch(before);
        touch(draft);
        await tx.manager.save(PlanningJob, this.row(draft, change.at));
      }
      await this.markStale.forDays(
        [...touched.values()],
        { waybillNo, change: change.kind, at: change.at },
        tx,
      );
    }, manager);
  }

  private row(draft: JobDraft, at: Date): PlanningJob {
    return Object.assign(new PlanningJob(), draft, { status: 'open' as const, sourceAt: at });
  }
}
