import type { EntityManager } from 'typeorm';
import { defaultDesk, DeskLadders, DeskSettings, RosterEntry } from './desk.rules';

/**
 * A branch's desk as stored, or the company's defaults. Read on every call and complaint
 * recorded: one plain query (the entity's query builder cost more than the row).
 */
export async function loadDesk(manager: EntityManager, branch: string): Promise<DeskSettings> {
  const [row]: { ladders: DeskLadders; people: RosterEntry[] }[] = await manager.query(
    'SELECT ladders, people FROM desk WHERE branch = $1',
    [branch],
  );
  return row ? { branch, configured: true, ...row } : defaultDesk(branch);
}
