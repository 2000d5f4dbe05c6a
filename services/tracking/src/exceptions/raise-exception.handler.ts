import { Injectable } from '@nestjs/common';
import { staffAlert } from '@freight/contracts';
import { InjectServiceConfig, Tx } from '@freight/platform';
import type { TrackingConfig } from '../config';
import type { ExceptionKind } from '../shipments/shipment-status.rules';
import { armHandling } from './exception.deadlines';
import { exceptionIdOf, shanghaiTime } from './exception.rules';
import type { StaffRef, StaffRole } from '../staff';
import { ExceptionSource, ExceptionStep, ShipmentException } from './shipment-exception.entity';

export interface RaiseException {
  waybillNo: string;
  branch: string;
  customerId: string;
  kind: ExceptionKind;
  source: ExceptionSource;
  note: string;
  raisedAt: Date;
  raisedBy?: StaffRef | null;
  dispatchStepId?: number | null;
  /** who handles it first: the agent (R13), unless a deadline already lapsed further */
  assignedRole?: string;
}

const KIND_TEXT: Record<ExceptionKind, string> = {
  delay: 'Delay',
  damage: 'Damage',
  shortage: 'Shortage',
  'wrong-delivery': 'Wrong delivery',
  refusal: 'Refusal',
};

/**
 * R13: an exception is raised — from dispatch, by an agent, or by delay detection — and
 * reported to the superior at once (a staff alert the gateway streams live), in the caller's
 * transaction; its handling deadline starts in the same one.
 */
@Injectable()
export class RaiseExceptionHandler {
  constructor(@InjectServiceConfig() private readonly config: TrackingConfig) {}

  async raise(tx: Tx, input: RaiseException): Promise<ShipmentException> {
    const [{ seq }] = await tx.manager.query(
      "SELECT nextval('shipment_exception_seq')::int AS seq",
    );
    const exception = tx.manager.create(ShipmentException, {
      id: exceptionIdOf(input.branch, input.raisedAt, seq),
      waybillNo: input.waybillNo,
      branch: input.branch,
      customerId: input.customerId,
      kind: input.kind,
      source: input.source,
      note: input.note.slice(0, 2000),
      raisedAt: input.raisedAt,
      raisedBy: input.raisedBy ?? null,
      dispatchStepId: input.dispatchStepId ?? null,
      state: 'open',
      assignedRole: input.assignedRole ?? 'agent',
      escalationLevel: 0,
      compensationMinor: null,
      compensationCurrency: null,
      resolution: null,
      closedAt: null,
      closedBy: null,
      updatedAt: input.raisedAt,
    });
    await tx.manager.insert(ShipmentException, exception);
    await tx.manager.insert(ExceptionStep, {
      exceptionId: exception.id,
      kind: 'raised',
      at: input.raisedAt,
      by: input.raisedBy ?? null,
      role: null,
      text: `${input.source}: ${exception.note}`,
      amountMinor: null,
    });
    await tx.publish([
      {
        type: 'tracking.exception.raised',
        data: {
          exceptionId: exception.id,
          waybillNo: exception.waybillNo,
          branch: exception.branch,
          customerId: exception.customerId,
          kind: exception.kind,
          source: exception.source,
          note: exception.note,
          raisedAt: exception.raisedAt.toISOString(),
          ...(exception.raisedBy ? { raisedBy: exception.raisedBy } : {}),
          assignedRole: exception.assignedRole as StaffRole,
        },
      },
      // R13 "reported to the superior at once": the branch manager, and the agents who handle it
      staffAlert('tracking', {
        alertId: `shipment-exception:${exception.id}:raised`,
        rule: 'R13',
        kind: 'shipment-exception',
        subject: { type: 'shipment-exception', id: exception.id, branch: exception.branch },
        roles: ['branch-manager', 'agent'],
        title: `${KIND_TEXT[exception.kind]} on ${exception.waybillNo}: ${exception.note}`.slice(
          0,
          200,
        ),
        detail: `raised ${shanghaiTime(exception.raisedAt)} (Asia/Shanghai) by ${exception.source}`,
        raisedAt: exception.raisedAt.toISOString(),
        data: { waybillNo: exception.waybillNo, exceptionId: exception.id, kind: exception.kind },
      }),
      ...(exception.source === 'delay-detection'
        ? []
        : [armHandling(exception, this.config.EXCEPTION_HANDLE_WITHIN)]),
    ]);
    return exception;
  }
}
