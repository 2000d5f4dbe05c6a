import type { Actor } from '@freight/platform';

/** A member of staff on a form: who raised, signed, inspected, issued, approved (R41: audited). */
export interface Staff {
  userId: string;
  username: string;
  role: string;
}

export const staffOf = (actor: Actor): Staff => ({
  userId: actor.userId,
  username: actor.username,
  role: actor.role,
});
