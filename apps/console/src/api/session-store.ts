import type { Principal } from './types';

/** A signed-in user's tokens; `expiresAt` on this PC's clock (the gateway gives a lifetime). */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** epoch ms when the access token expires */
  expiresAt: number;
  /** its whole lifetime in ms, to refresh at a fraction of it */
  lifetimeMs: number;
  principal?: Principal;
}

/** Where the session lives between page loads, shared by the tabs of one browser. */
export interface SessionStore {
  read(): Session | null;
  write(session: Session | null): void;
  /** another tab signed in, refreshed or signed out */
  onChange(listener: (session: Session | null) => void): () => void;
}

export const SESSION_KEY = 'freight.console.session';

function parse(text: string | null): Session | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Session;
    return typeof value.accessToken === 'string' && typeof value.refreshToken === 'string'
      ? value
      : null;
  } catch {
    return null;
  }
}

/**
 * localStorage, so that a reload and a second tab keep the sign-in (an agent's console is open
 * all day). Tabs share one refresh-token family; refreshes are serialised across tabs in the
 * client (decision 0101), as the gateway revokes a family whose spent token is presented again.
 */
export function browserSessionStore(
  storage: Storage = window.localStorage,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): SessionStore {
  return {
    read: () => parse(storage.getItem(SESSION_KEY)),
    write: (session) =>
      session
        ? storage.setItem(SESSION_KEY, JSON.stringify(session))
        : storage.removeItem(SESSION_KEY),
    onChange(listener) {
      const handler = (event: StorageEvent) => {
        if (event.key === SESSION_KEY || event.key === null) listener(parse(event.newValue));
      };
      target.addEventListener('storage', handler);
      return () => target.removeEventListener('storage', handler);
    },
  };
}

/** For tests and for browsers without storage: one tab's memory. */
export function memorySessionStore(initial: Session | null = null): SessionStore {
  let current = initial;
  return {
    read: () => current,
    write: (session) => void (current = session),
    onChange: () => () => undefined,
  };
}
