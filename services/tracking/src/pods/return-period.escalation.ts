import type { EntityManager } from 'typeorm';

/** R39: a lapsed level of a month's return deadline is recorded on the period (the gateway streams it). */
export async function recordReturnEscalation(
  manager: EntityManager,
  branch: string,
  month: string,
  level: number,
): Promise<void> {
  await manager.query(
    `UPDATE pod_return_period SET escalation_level = $3
      WHERE branch = $1 AND month = $2 AND state = 'open' AND escalation_level < $3`,
    [branch, month, level],
  );
}
