import type { staffRole } from '@freight/contracts';
import type { Actor } from '@freight/platform';
import type { z } from 'zod';

export type StaffRole = z.infer<typeof staffRole>;

/** Who did something, as recorded on steps, custody and batches (the gateway's actor). */
export interface StaffRef {
  userId: string;
  username: string;
}

export const staffRefOf = (actor: Actor): StaffRef => ({
  userId: actor.userId,
  username: actor.username,
});
