import type { z } from 'zod';
import type { PlanningHttp } from '@freight/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

type PlanView = z.infer<typeof PlanningHttp.planView>;
export type RouteRecord = PlanView['routes'][number];
export type UnservedRecord = PlanView['unserved'][number];
export type PlanSummary = PlanView['summary'];
export type PlanSettings = PlanView['settings'];
export type Pin = PlanView['pins'][number];
export type StaleReason = PlanView['staleReasons'][number];

/**
 * R40: a branch's plan for one day — the vehicles needed and each one's route — recomputed as a
 * new revision on demand, edited by pins and moves, published to dispatch.
 */
@Entity('plan')
export class Plan {
  /** `PLN-<branch>-<yyyymmdd>`: one plan per branch and day */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ name: 'plan_date', type: 'date' })
  planDate: string;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'text' })
  status: 'draft' | 'published';

  @Column({ type: 'boolean' })
  stale: boolean;

  @Column({ name: 'stale_reasons', type: 'jsonb' })
  staleReasons: StaleReason[];

  @Column({ type: 'jsonb' })
  pins: Pin[];

  @Column({ type: 'jsonb' })
  routes: RouteRecord[];

  @Column({ type: 'jsonb' })
  unserved: UnservedRecord[];

  @Column({ type: 'jsonb' })
  summary: PlanSummary;

  @Column({ type: 'jsonb' })
  settings: PlanSettings;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'jsonb', nullable: true })
  publishedBy: { userId: string; username: string } | null;
}

export const planIdOf = (branch: string, date: string) => `PLN-${branch}-${date.replace(/-/g, '')}`;
