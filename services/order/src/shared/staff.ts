import type { Actor } from '@freight/platform';

/** A member of staff as records keep them: who did it (R1 history, R10 the agent's day). */
export interface StaffRef {
  userId: string;
  username: string;
}

export const staffOf = (actor: Pick<Actor, 'userId' | 'username'>): StaffRef => ({
  userId: actor.userId,
  username: actor.username,
});

/** Who acts in demo data and back-dated imports. */
export const SYSTEM_STAFF: StaffRef = { userId: 'system', username: 'system' };
