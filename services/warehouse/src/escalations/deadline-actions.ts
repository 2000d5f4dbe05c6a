import { Injectable } from '@nestjs/common';
import type { Tx } from '@freight/platform';
import type { escalationRaisedV1Schema } from '@freight/contracts';
import type { z } from 'zod';

export type Escalation = z.output<typeof escalationRaisedV1Schema>;

/** What a form does when one of its deadlines lapses a level (R39 ladders; R31–R34, R38). */
export interface DeadlineAction {
  escalated(escalation: Escalation, tx: Tx): Promise<void>;
}

/** The warehouse's deadline subjects, each with the desk that acts on its escalations. */
export const WAREHOUSE_SUBJECTS = [
  'sale',
  'replacement',
  'entrusted-requisition',
  'return-slip',
  'workshop-custody',
] as const;
export type WarehouseSubject = (typeof WAREHOUSE_SUBJECTS)[number];

@Injectable()
export class DeadlineActions {
  private readonly actions = new Map<string, DeadlineAction>();

  on(subject: WarehouseSubject, action: DeadlineAction): void {
    this.actions.set(subject, action);
  }

  of(subject: string): DeadlineAction | undefined {
    return this.actions.get(subject);
  }
}

/** The month whose end lapsed at `levelDueAt` (a line counts in the month that ran out, R38). */
export const lapsedMonthOf = (escalation: Escalation): Date =>
  new Date(new Date(escalation.levelDueAt ?? escalation.raisedAt).getTime() - 1);
