import type { Actor } from '@freight/platform';

/** Who did something, as billing records it (the contracts' `billingStaff`). */
export interface StaffRef {
  userId: string;
  username: string;
}

export const staffOf = (actor: Actor): StaffRef => ({
  userId: actor.userId,
  username: actor.username,
});
