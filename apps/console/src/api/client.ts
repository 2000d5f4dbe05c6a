import { ApiProblem, problemOf } from './problem';
import type { Session, SessionStore } from './session-store';
import type { Principal, TokenPair } from './types';

/** The only API the console talks to: the gateway's, on the origin that served the console. */
export const API_BASE = '/api/v1';

/** Why the session ended: the user signed out, the gateway refused the refresh, another tab. */
export type SignOutReason = 'logout' | 'expired' | 'elsewhere';

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  /** what to ask for (default application/json) */
  accept?: string;
}

export interface ApiClientOptions {
  store: SessionStore;
  fetch?: typeof fetch;
  now?: () => number;
  /** navigator.locks: one refresh at a time across the browser's tabs (decision 0101) */
  locks?: Pick<LockManager, 'request'> | null;
  /** refresh this long before expiry at most (and at 3/4 of the lifetime for short ones) */
  refreshMarginMs?: number;
}

type Listener = (session: Session | null, reason?: SignOutReason) => void;

// a relative path under /api/v1, nothing that could leave it
const SAFE_PATH = /^(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9][A-Za-z0-9._~%/-]*$/;

/**
 * The console's HTTP client (decision 0101): the signed-in user's bearer token on every call,
 * a refresh (POST auth/refresh, the token rotates) shortly before the access token expires and
 * once on a 401, sign-out through POST auth/logout, problem+json turned into ApiProblem.
 */
export class ApiClient {
  private session: Session | null;
  private refreshing: Promise<Session> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: ApiClientOptions) {
    this.fetchImpl = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.now = options.now ?? Date.now;
    this.session = options.store.read();
    options.store.onChange((session) => {
      const wasSignedIn = this.session !== null;
      this.session = session;
      this.schedule();
      this.emit(session, session === null && wasSignedIn ? 'elsewhere' : undefined);
    });
    this.schedule();
  }

  get principal(): Principal | undefined {
    return this.session?.principal;
  }

  get signedIn(): boolean {
    return this.session !== null;
  }

  /** Told of every sign-in, refresh and sign-out (with the reason). */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async signIn(username: string, password: string): Promise<Principal> {
    const response = await this.send('POST', 'auth/login', { body: { username, password } });
    if (!response.ok) throw await problemOf(response);
    this.adopt((await response.json()) as TokenPair);
    const principal = await this.request<Principal>('GET', 'auth/me');
    this.adopt(undefined, principal);
    return principal;
  }

  /** Who the token says we are, asked again (a role or branch may have changed). */
  async whoAmI(): Promise<Principal> {
    const principal = await this.request<Principal>('GET', 'auth/me');
    this.adopt(undefined, principal);
    return principal;
  }

  /** Ends the refresh-token family at the gateway, and here even if the gateway cannot be reached. */
  async signOut(): Promise<void> {
    const session = this.session;
    this.end('logout');
    if (!session) return;
    const response = await this.send('POST', 'auth/logout', {
      body: { refreshToken: session.refreshToken },
    }).catch(() => undefined);
    if (response && !response.ok && response.status !== 401) throw await problemOf(response);
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    let session = await this.currentSession();
    let response = await this.send(method, path, options, session.accessToken);
    if (response.status === 401) {
      session = await this.refresh(session);
      response = await this.send(method, path, options, session.accessToken);
    }
    if (!response.ok) throw await problemOf(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /**
   * A file of the API (a PDF, a spreadsheet) as a Blob: GET with the same token and refresh as
   * `request`, a refusal thrown as ApiProblem.
   */
  async blob(path: string, options: RequestOptions = {}): Promise<Blob> {
    const opts = { accept: '*/*', ...options };
    let session = await this.currentSession();
    let response = await this.send('GET', path, opts, session.accessToken);
    if (response.status === 401) {
      session = await this.refresh(session);
      response = await this.send('GET', path, opts, session.accessToken);
    }
    if (!response.ok) throw await problemOf(response);
    return response.blob();
  }

  /**
   * A new token pair for `used` (the session a call was made with). One refresh at a time, in
   * this tab and across tabs: inside the lock, a session another tab already rotated is adopted
   * instead of presenting the spent token again (which would revoke the whole family).
   */
  refresh(used: Session | null = this.session): Promise<Session> {
    if (!used) return Promise.reject(this.signedOutProblem());
    this.refreshing ??= this.withLock(() => this.rotate(used)).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async rotate(used: Session): Promise<Session> {
    const stored = this.options.store.read();
    if (!stored) {
      this.end('elsewhere');
      throw this.signedOutProblem();
    }
    if (stored.refreshToken !== used.refreshToken) {
      this.session = stored;
      this.schedule();
      return stored;
    }
    const response = await this.send('POST', 'auth/refresh', {
      body: { refreshToken: used.refreshToken },
    });
    if (response.status === 401 || response.status === 400) {
      const problem = await problemOf(response);
      this.end('expired');
      throw problem;
    }
    if (!response.ok) throw await problemOf(response);
    return this.adopt((await response.json()) as TokenPair);
  }

  private async currentSession(): Promise<Session> {
    const session = this.session;
    if (!session) throw this.signedOutProblem();
    if (this.now() >= session.expiresAt - this.marginOf(session)) return this.refresh(session);
    return session;
  }

  private marginOf(session: Session): number {
    return Math.min(this.options.refreshMarginMs ?? 60_000, session.lifetimeMs / 4);
  }

  private withLock<T>(run: () => Promise<T>): Promise<T> {
    const locks = this.options.locks;
    return locks ? locks.request('freight-console-refresh', run) : run();
  }

  private adopt(pair?: TokenPair, principal?: Principal): Session {
    const previous = this.session;
    const session: Session = pair
      ? {
          accessToken: pair.accessToken,
          refreshToken: pair.refreshToken,
          expiresAt: this.now() + pair.expiresIn * 1000,
          lifetimeMs: pair.expiresIn * 1000,
          principal: principal ?? previous?.principal,
        }
      : { ...previous!, principal: principal ?? previous?.principal };
    this.session = session;
    this.options.store.write(session);
    this.schedule();
    this.emit(session);
    return session;
  }

  private end(reason: SignOutReason): void {
    if (this.session === null && reason !== 'elsewhere') return;
    this.session = null;
    this.options.store.write(null);
    this.schedule();
    this.emit(null, reason);
  }

  /** Refresh before expiry; a failed attempt (gateway unreachable) is tried again in 10 s. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const session = this.session;
    if (!session) return;
    const delay = Math.max(0, session.expiresAt - this.marginOf(session) - this.now());
    this.timer = setTimeout(() => {
      this.refresh(session).catch((error: unknown) => {
        if (error instanceof ApiProblem && error.status === 0 && this.session === session)
          this.timer = setTimeout(() => this.schedule(), 10_000);
      });
    }, delay);
  }

  private emit(session: Session | null, reason?: SignOutReason): void {
    for (const listener of this.listeners) listener(session, reason);
  }

  private signedOutProblem(): ApiProblem {
    return new ApiProblem({ status: 401, title: 'Not signed in', type: 'urn:console:signed-out' });
  }

  private async send(
    method: string,
    path: string,
    { body, query, signal, accept }: RequestOptions,
    accessToken?: string,
  ): Promise<Response> {
    if (!SAFE_PATH.test(path)) throw new Error(`not a path under ${API_BASE}: ${path}`);
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {}))
      if (value !== undefined) search.set(name, String(value));
    const url = `${API_BASE}/${path}${search.size ? `?${search}` : ''}`;
    const headers: Record<string, string> = { accept: accept ?? 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    try {
      return await this.fetchImpl(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        credentials: 'same-origin',
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiProblem({
        status: 0,
        title: 'The gateway cannot be reached',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
