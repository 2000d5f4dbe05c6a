import { configure } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ApiClient } from '../../api/client';
import { memorySessionStore } from '../../api/session-store';
import { AuthProvider } from '../../auth/auth';
import { fakeGateway, json, principal } from '../../test/fake-gateway';
import { renderInConsole } from '../../test/render';

export { json };

// antd forms in jsdom are slow on a busy 2-core machine
configure({ asyncUtilTimeout: 10_000 });

/** Where the page navigated to, for assertions. */
function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** A desk page signed in as `role`, at `url`, against a fake gateway with `routes`. */
export function renderDeskPage(
  ui: ReactNode,
  {
    url,
    routes,
    role = 'agent',
  }: { url: string; routes: Parameters<typeof fakeGateway>[0]; role?: string },
) {
  const gateway = fakeGateway({
    'GET /api/v1/auth/me': () => json(200, { ...principal, role }),
    ...routes,
  });
  const client = new ApiClient({
    store: memorySessionStore({
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: Date.now() + 900_000,
      lifetimeMs: 900_000,
      principal: { ...principal, role },
    }),
    fetch: gateway.fetch,
  });
  renderInConsole(
    <AuthProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/desk/:id" element={ui} />
        </Routes>
        <Location />
      </MemoryRouter>
    </AuthProvider>,
  );
  return gateway;
}

export const validation = (errors: { field: string; message: string }[]) =>
  json(400, {
    type: 'urn:freight:problem:validation',
    title: 'The request is not valid',
    status: 400,
    errors,
  });

export const refusal = (status: number, detail: string) =>
  json(status, { type: 'urn:freight:problem:refused', title: 'Refused', status, detail });

export const CAUSES = {
  items: [
    { code: 'late-delivery', label: '延误 late delivery', active: true },
    { code: 'damage', label: '破损 damage', active: true },
    { code: 'old-cause', label: 'no longer used', active: false },
  ],
};
