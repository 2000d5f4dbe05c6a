import { Injectable } from '@nestjs/common';
import { staffAlert } from '@freight/contracts';
import { Clock, InjectClock, Tx } from '@freight/platform';
import { Plan } from './plan.entity';

export interface OrderChangeReason {
  waybillNo: string;
  change: 'placed' | 'amended' | 'cancelled';
  at: Date;
}

/**
 * R40: an order placed, amended or cancelled after a day was planned makes that plan stale; the
 * dispatcher hears it at once on the live stream (once per revision: further changes are added
 * to the reasons, not to the alerts).
 */
@Injectable()
export class MarkPlansStale {
  constructor(@InjectClock() private readonly clock: Clock) {}

  async forDays(
    days: { branch: string; date: string }[],
    reason: OrderChangeReason,
    tx: Tx,
  ): Promise<void> {
    for (const { branch, date } of days) {
      const plan = await tx.manager.findOne(Plan, {
        where: { branch, planDate: date },
        lock: { mode: 'pessimistic_write' },
      });
      if (!plan) continue;
      const firstChange = !plan.stale;
      plan.stale = true;
      plan.staleReasons = [
        ...plan.staleReasons,
        { at: reason.at.toISOString(), waybillNo: reason.waybillNo, change: reason.change },
      ].slice(-50);
      await tx.manager.save(plan);
      if (!firstChange) continue;
      await tx.publish(
        staffAlert('planning', {
          alertId: `plan:${plan.id}:r${plan.revision}:stale`,
          rule: 'R40',
          kind: 'plan-stale',
          subject: { type: 'plan', id: plan.id, branch },
          roles: ['dispatcher'],
          title: `The ${date} plan of ${branch} is out of date: order ${reason.waybillNo} ${reason.change}`,
          detail: 'Re-plan the day before publishing it to dispatch.',
          raisedAt: this.clock.now().toISOString(),
          data: {
            planId: plan.id,
            date,
            revision: plan.revision,
            waybillNo: reason.waybillNo,
            change: reason.change,
          },
        }),
      );
    }
  }
}
