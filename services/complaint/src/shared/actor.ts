import type { Actor } from '@freight/platform';

/** Who did something, as stored on a record and shown in its views. */
export interface ActorRef {
  userId: string;
  username: string;
  role: string;
}

export const actorRef = ({ userId, username, role }: Actor): ActorRef => ({
  userId,
  username,
  role,
});

/** The staffRef of the events: who, as the gateway verified them. */
export const staffRefOf = ({ userId, username }: ActorRef) => ({ userId, username });

/** The roles that see every branch (R41): HQ's copy of the register is theirs (R18). */
export const HQ_ROLES: readonly string[] = ['hq-service', 'general-manager', 'admin'];
export const isHq = (actor: { role: string }): boolean => HQ_ROLES.includes(actor.role);
