import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { ApiClient, SignOutReason } from '../api/client';
import type { Principal } from '../api/types';

interface Auth {
  client: ApiClient;
  principal?: Principal;
  /** why the last session ended, for the sign-in page to say */
  endedBecause?: SignOutReason;
}

const AuthContext = createContext<Auth | null>(null);

/** The API client and who is signed in, kept in step with sign-in, refresh and sign-out. */
export function AuthProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [state, setState] = useState<Omit<Auth, 'client'>>({ principal: client.principal });
  useEffect(
    () =>
      client.subscribe((session, reason) =>
        setState((previous) => ({
          principal: session?.principal,
          endedBecause: session ? undefined : (reason ?? previous.endedBecause),
        })),
      ),
    [client],
  );
  // a kept session: ask again who it is (a role or branch may have changed, or it has ended)
  useEffect(() => {
    if (client.signedIn) client.whoAmI().catch(() => undefined);
  }, [client]);
  const value = useMemo(() => ({ client, ...state }), [client, state]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

export const useClient = (): ApiClient => useAuth().client;
