export interface HttpCall {
  /** a bearer token */
  token?: string;
  /** JSON-encoded unless a string */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read what they expect
  body: any;
  /** the raw text, for CSV and other non-JSON answers */
  text: string;
}

/** fetch against a base URL, JSON in and out: `await http('POST', '/api/v1/calls', { token, body })`. */
export function httpClient(base: string) {
  return async (method: string, path: string, call: HttpCall = {}): Promise<HttpAnswer> => {
    const headers: Record<string, string> = { ...call.headers };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body:
        call.body === undefined
          ? undefined
          : typeof call.body === 'string'
            ? call.body
            : JSON.stringify(call.body),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const body = text && /json/.test(type) ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, body, text };
  };
}

export type HttpClient = ReturnType<typeof httpClient>;

/** The x-actor-* headers the gateway sends a service, for tests that call a service directly. */
export function actorHeaders(actor: {
  userId?: string;
  username: string;
  role: string;
  branch: string;
}): Record<string, string> {
  return {
    'x-actor-id': actor.userId ?? `user-${actor.username}`,
    'x-actor-name': encodeURIComponent(actor.username),
    'x-actor-role': actor.role,
    'x-actor-branch': actor.branch,
  };
}
