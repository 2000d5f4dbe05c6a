import { vi } from 'vitest';

export interface Call {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
}

type Handler = (call: Call) => Response | Promise<Response>;

export const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** A stand-in for the gateway's fetch: routes `METHOD path` (under /api/v1) to handlers, records calls. */
export function fakeGateway(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://console.test');
    const headers = (init.headers ?? {}) as Record<string, string>;
    const call: Call = {
      method: init.method ?? 'GET',
      path: url.pathname + url.search,
      authorization: headers.authorization,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    const handler = routes[`${call.method} ${url.pathname}`];
    if (!handler)
      return json(404, { type: 'urn:freight:problem:not-found', title: 'Not Found', status: 404 });
    return handler(call);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

export const pair = (n: number, expiresIn = 900) => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  tokenType: 'Bearer',
  expiresIn,
});

export const principal = {
  userId: 'u-1',
  username: 'agent',
  role: 'agent',
  branch: 'SH01',
  issuer: 'gateway',
};
