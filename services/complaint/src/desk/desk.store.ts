import type { EntityManager } from 'typeorm';
import { Desk } from './desk.entity';
import { defaultDesk, DeskSettings } from './desk.rules';

/** A branch's desk as stored, or the company's defaults. */
export async function loadDesk(manager: EntityManager, branch: string): Promise<DeskSettings> {
  const desk = await manager.findOneBy(Desk, { branch });
  if (!desk) return defaultDesk(branch);
  return { branch, configured: true, ladders: desk.ladders, people: desk.people };
}
