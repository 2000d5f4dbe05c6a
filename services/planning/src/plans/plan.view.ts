import type { z } from 'zod';
import type { PlanningHttp } from '@freight/contracts';
import type { Plan } from './plan.entity';

export type PlanView = z.infer<typeof PlanningHttp.planView>;

export function planView(plan: Plan): PlanView {
  return {
    id: plan.id,
    branch: plan.branch,
    date: plan.planDate,
    revision: plan.revision,
    status: plan.status,
    stale: plan.stale,
    staleReasons: plan.staleReasons,
    computedAt: plan.computedAt.toISOString(),
    publishedAt: plan.publishedAt?.toISOString() ?? null,
    summary: plan.summary,
    routes: plan.routes,
    unserved: plan.unserved,
    pins: plan.pins,
    settings: plan.settings,
  };
}

export function planSummaryView(plan: Plan) {
  const { id, branch, date, revision, status, stale, computedAt, publishedAt, summary } =
    planView(plan);
  return { id, branch, date, revision, status, stale, computedAt, publishedAt, summary };
}
