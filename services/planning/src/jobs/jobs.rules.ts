import type { z } from 'zod';
import type { PlanningHttp } from '@freight/contracts';
import type { DayJob } from '../plans/plan.model';
import type { PlanningJob } from './planning-job.entity';

export type JobView = z.infer<typeof PlanningHttp.jobView>;

export function jobView(j: PlanningJob): JobView {
  return {
    id: j.id,
    branch: j.branch,
    kind: j.kind,
    waybillNo: j.waybillNo,
    orderId: j.orderId,
    customer: j.customer,
    name: j.name,
    phone: j.phone,
    address: j.address,
    location: j.lat === null || j.lng === null ? null : { lat: j.lat, lng: j.lng },
    weightKg: Number(j.weightKg),
    volumeM3: Number(j.volumeM3),
    dangerousGoodsClass: j.dangerousGoodsClass as JobView['dangerousGoodsClass'],
    window: { from: j.windowFrom.toISOString(), to: j.windowTo.toISOString() },
    serviceMinutes: j.serviceMinutes,
    date: j.planDate,
    status: j.status,
  };
}

/** A job as the plan rules see it (R2: any UN class means dangerous goods). */
export function dayJobOf(j: PlanningJob): DayJob {
  return {
    id: j.id,
    kind: j.kind,
    waybillNo: j.waybillNo,
    name: j.name,
    address: j.address,
    location: j.lat === null || j.lng === null ? null : { lat: j.lat, lng: j.lng },
    weightKg: Number(j.weightKg),
    volumeM3: Number(j.volumeM3),
    dangerousGoods: j.dangerousGoodsClass !== 'none',
    window: { from: j.windowFrom, to: j.windowTo },
    serviceMinutes: j.serviceMinutes,
  };
}
