import type { z } from 'zod';
import type { ComplaintHttp } from '@freight/contracts';
import type { Desk } from './desk.entity';
import type { DeskSettings } from './desk.rules';

export function deskView(
  settings: DeskSettings,
  stored: Desk | null,
): z.input<typeof ComplaintHttp.deskView> {
  return {
    branch: settings.branch,
    configured: settings.configured,
    ladders: settings.ladders,
    people: settings.people,
    updatedAt: stored?.updatedAt.toISOString() ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}
