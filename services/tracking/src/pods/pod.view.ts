import type { TrackingHttp } from '@freight/contracts';
import type { z } from 'zod';
import type { Pod, PodChase, PodReturnBatch } from './pod.entity';

export type PodSummaryView = z.input<typeof TrackingHttp.podSummary>;
export type PodView = z.input<typeof TrackingHttp.podView>;
export type ReturnBatchView = z.input<typeof TrackingHttp.returnBatchView>;
type Role = NonNullable<PodView['chases'][number]['role']>;

export function podSummaryView(p: Pod): PodSummaryView {
  return {
    waybillNo: p.waybillNo,
    branch: p.branch,
    customerId: p.customerId,
    customerCompany: p.customerCompany,
    deliveredAt: p.deliveredAt.toISOString(),
    state: p.state,
    chaseDueAt: p.chaseDueAt.toISOString(),
    chaseLevel: p.chaseLevel,
    custody: p.receivedAt
      ? {
          receivedAt: p.receivedAt.toISOString(),
          receivedAtBranch: p.receivedAtBranch ?? p.branch,
          receivedBy: p.receivedBy!,
          filedAt: p.filedAt ?? '',
          imageRef: p.imageRef,
          remarks: p.remarks,
        }
      : null,
    returnMonth: p.returnMonth,
    batchId: p.batchId,
  };
}

export function podView(p: Pod, chases: PodChase[]): PodView {
  return {
    ...podSummaryView(p),
    chases: chases.map((c) => ({
      at: c.at.toISOString(),
      by: c.by,
      role: c.role as Role | null,
      level: c.level,
      note: c.note,
    })),
  };
}

export function returnBatchView(b: PodReturnBatch, waybillNos: string[]): ReturnBatchView {
  return {
    id: b.id,
    branch: b.branch,
    month: b.month,
    customerId: b.customerId,
    customerCompany: b.customerCompany,
    disposition: b.disposition,
    state: b.state,
    waybillNos,
    preparedAt: b.preparedAt.toISOString(),
    preparedBy: b.preparedBy,
    courier: b.courier,
    courierRef: b.courierRef,
    sentAt: b.sentAt?.toISOString() ?? null,
    filedAt: b.filedAt,
  };
}
