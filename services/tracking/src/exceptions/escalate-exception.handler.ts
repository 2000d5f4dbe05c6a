import { Injectable } from '@nestjs/common';
import { staffAlert } from '@freight/contracts';
import { Actor, Clock, InjectClock, Transactions, Tx } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { StaffRef, staffRefOf, StaffRole } from '../staff';
import { checkEscalate, roleAfterDeadlineLevel } from './exception.rules';
import { ExceptionStep, ShipmentException } from './shipment-exception.entity';

const ROLE_TEXT: Record<string, string> = {
  agent: 'the agent',
  'branch-manager': 'the branch manager',
  'hq-service': 'HQ customer service',
};

/**
 * R13: what the agent cannot settle goes up — by hand ("beyond my authority") or by its
 * deadline lapsing (R39). Either way the exception records it, the new holder is told at once,
 * and `tracking.exception.escalated` is published.
 */
@Injectable()
export class EscalateExceptionHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  byHand(id: string, reason: string, actor: Actor): Promise<void> {
    return this.transactions.run(async (tx) => {
      const e = await tx.lock(ShipmentException, { id }, `exception ${id}`);
      const toRole = checkEscalate(e, actor.role);
      await this.handOver(
        tx,
        e,
        toRole,
        this.clock.now(),
        reason,
        staffRefOf(actor),
        'beyond-authority',
      );
    });
  }

  /** A level of its deadline (or of its shipment's delivery deadline, for delays) lapsed. */
  byDeadline(
    manager: EntityManager,
    id: string,
    level: { level: number; role: string; raisedAt: Date },
  ): Promise<void> {
    return this.transactions.run(async (tx) => {
      const e = await tx.manager.findOne(ShipmentException, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!e || e.state === 'closed' || level.level <= e.escalationLevel) return;
      e.escalationLevel = level.level;
      const toRole = roleAfterDeadlineLevel(e.assignedRole, level.role);
      const reason = `not settled in time: deadline level ${level.level} (${level.role}) lapsed`;
      if (toRole === e.assignedRole) {
        await tx.manager.update(ShipmentException, { id }, { escalationLevel: level.level });
        await this.step(tx, e, level.raisedAt, reason, null, level.role);
        return;
      }
      await this.handOver(tx, e, toRole, level.raisedAt, reason, null, 'deadline');
    }, manager);
  }

  private async handOver(
    tx: Tx,
    e: ShipmentException,
    toRole: string,
    at: Date,
    reason: string,
    by: StaffRef | null,
    cause: 'beyond-authority' | 'deadline',
  ) {
    const fromRole = e.assignedRole;
    await tx.manager.update(
      ShipmentException,
      { id: e.id },
      { assignedRole: toRole, escalationLevel: e.escalationLevel, updatedAt: at },
    );
    await this.step(tx, e, at, `to ${ROLE_TEXT[toRole] ?? toRole}: ${reason}`, by, toRole);
    await tx.publish([
      {
        type: 'tracking.exception.escalated',
        data: {
          exceptionId: e.id,
          waybillNo: e.waybillNo,
          branch: e.branch,
          fromRole: fromRole as StaffRole,
          toRole: toRole as StaffRole,
          cause,
          reason,
          ...(by ? { escalatedBy: by } : {}),
          escalatedAt: at.toISOString(),
        },
      },
      staffAlert('tracking', {
        alertId: `shipment-exception:${e.id}:escalated:${toRole}`,
        rule: 'R13',
        kind: 'shipment-exception-escalated',
        subject: { type: 'shipment-exception', id: e.id, branch: e.branch },
        roles: [toRole as StaffRole],
        title: `Exception ${e.id} (${e.kind}, ${e.waybillNo}) is yours now`,
        detail: reason.slice(0, 2000),
        raisedAt: at.toISOString(),
        data: { waybillNo: e.waybillNo, exceptionId: e.id, fromRole },
      }),
    ]);
  }

  private step(
    tx: Tx,
    e: ShipmentException,
    at: Date,
    text: string,
    by: StaffRef | null,
    role: string,
  ) {
    return tx.manager.insert(ExceptionStep, {
      exceptionId: e.id,
      kind: 'escalated',
      at,
      by,
      role,
      text,
      amountMinor: null,
    });
  }
}
