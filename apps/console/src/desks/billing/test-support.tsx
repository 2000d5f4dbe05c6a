import type { ReactNode } from 'react';
import { ApiClient } from '../../api/client';
import { memorySessionStore } from '../../api/session-store';
import { AuthProvider } from '../../auth/auth';
import { fakeGateway, json, principal } from '../../test/fake-gateway';
import { renderInConsole } from '../../test/render';

type Routes = Parameters<typeof fakeGateway>[0];

/** `ui` signed in as `role` (SH01) against a fake gateway answering `routes`. */
export function renderAs(role: string, routes: Routes, ui: ReactNode) {
  const me = { ...principal, username: role, role };
  const gateway = fakeGateway({ 'GET /api/v1/auth/me': () => json(200, me), ...routes });
  const client = new ApiClient({
    store: memorySessionStore({
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: Date.now() + 900_000,
      lifetimeMs: 900_000,
      principal: me,
    }),
    fetch: gateway.fetch,
  });
  renderInConsole(<AuthProvider client={client}>{ui}</AuthProvider>);
  return gateway;
}

export const problem = (
  status: number,
  slug: string,
  detail: string,
  errors?: { field: string; message: string }[],
) =>
  json(status, {
    type: `urn:freight:problem:${slug}`,
    title: status === 400 ? 'The request is not valid' : 'Conflict',
    status,
    detail,
    errors,
  });
