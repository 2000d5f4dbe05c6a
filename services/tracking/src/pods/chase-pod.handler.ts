import { Injectable } from '@nestjs/common';
import { Actor, Clock, InjectClock, NotFoundProblem, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { staffRefOf } from '../staff';
import { Pod, PodChase } from './pod.entity';
import { checkExpected } from './pod.rules';

/**
 * R14 "missing PODs are chased": a person records a chase (a call to the driver, the consignee),
 * and the POD's deadline chases by itself, climbing documents desk → branch manager → HQ.
 */
@Injectable()
export class ChasePodHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  byHand(waybillNo: string, note: string, actor: Actor): Promise<void> {
    return this.transactions.run(async (tx) => {
      const pod = await tx.manager.findOne(Pod, {
        where: { waybillNo },
        lock: { mode: 'pessimistic_write' },
      });
      if (!pod) throw new NotFoundProblem(`no POD expected for ${waybillNo}`);
      checkExpected(waybillNo, pod.state);
      const now = this.clock.now();
      await tx.manager.insert(PodChase, {
        waybillNo,
        at: now,
        by: staffRefOf(actor),
        role: actor.role,
        level: null,
        note,
      });
      await tx.manager.update(Pod, { waybillNo }, { lastChasedAt: now, updatedAt: now });
    });
  }

  /** A level of the chase deadline lapsed: recorded on the POD (the gateway streams the escalation). */
  byDeadline(
    manager: EntityManager,
    waybillNo: string,
    level: { level: number; role: string; raisedAt: Date },
  ) {
    return this.transactions.run(async (tx) => {
      const pod = await tx.manager.findOne(Pod, {
        where: { waybillNo },
        lock: { mode: 'pessimistic_write' },
      });
      if (!pod || pod.state !== 'expected' || level.level <= pod.chaseLevel) return;
      const days = Math.floor((level.raisedAt.getTime() - pod.deliveredAt.getTime()) / 86_400_000);
      await tx.manager.insert(PodChase, {
        waybillNo,
        at: level.raisedAt,
        by: null,
        role: level.role,
        level: level.level,
        note: `POD still missing ${days} days after delivery: ${level.role} to chase it`,
      });
      await tx.manager.update(
        Pod,
        { waybillNo },
        { chaseLevel: level.level, lastChasedAt: level.raisedAt, updatedAt: level.raisedAt },
      );
    }, manager);
  }
}
