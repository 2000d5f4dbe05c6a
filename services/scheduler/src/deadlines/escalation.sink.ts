import type { EntityManager } from 'typeorm';
import type { Escalation } from './deadline.model';

/**
 * Where raised escalations go, inside the firer's transaction (R39): the level advance and the
 * event commit together or not at all, which is what makes each level fire exactly once.
 */
export interface EscalationSink {
  raise(manager: EntityManager, escalations: Escalation[]): Promise<void>;
}

export const ESCALATION_SINK = Symbol('scheduler.escalation-sink');
