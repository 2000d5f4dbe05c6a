import type { TrackingHttp } from '@freight/contracts';
import type { z } from 'zod';
import type { ExceptionStep, ShipmentException } from './shipment-exception.entity';

export type ExceptionSummaryView = z.input<typeof TrackingHttp.exceptionSummary>;
export type ExceptionView = z.input<typeof TrackingHttp.exceptionView>;

const money = (amountMinor: number | null, currency: string | null) =>
  amountMinor === null ? null : { amountMinor, currency: currency ?? 'CNY' };

export function exceptionSummaryView(e: ShipmentException): ExceptionSummaryView {
  return {
    id: e.id,
    waybillNo: e.waybillNo,
    branch: e.branch,
    customerId: e.customerId,
    kind: e.kind,
    source: e.source,
    note: e.note,
    raisedAt: e.raisedAt.toISOString(),
    raisedBy: e.raisedBy,
    state: e.state,
    assignedRole: e.assignedRole as ExceptionSummaryView['assignedRole'],
    escalationLevel: e.escalationLevel,
    compensation: money(e.compensationMinor, e.compensationCurrency),
    resolution: e.resolution,
    closedAt: e.closedAt?.toISOString() ?? null,
    closedBy: e.closedBy,
  };
}

export function exceptionView(e: ShipmentException, steps: ExceptionStep[]): ExceptionView {
  return {
    ...exceptionSummaryView(e),
    steps: steps.map((s, i) => ({
      seq: i + 1,
      kind: s.kind,
      at: s.at.toISOString(),
      by: s.by,
      role: s.role as ExceptionSummaryView['assignedRole'] | null,
      text: s.text,
      amount: money(s.amountMinor, 'CNY'),
    })),
  };
}
