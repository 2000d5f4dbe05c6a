import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../api/client';
import { memorySessionStore } from '../../api/session-store';
import { AuthProvider } from '../../auth/auth';
import { type Call, fakeGateway, json, principal } from '../../test/fake-gateway';
import { renderInConsole } from '../../test/render';
import { PickupPlanningPage, tomorrow } from './PickupPlanningPage';
import type { Plan } from './types';

// antd renders slowly in jsdom on a busy machine
configure({ asyncUtilTimeout: 10_000 });

const money = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const stop = (seq: number, jobId: string) => ({
  seq,
  jobId,
  kind: 'pickup',
  waybillNo: jobId.split(':')[0],
  name: `Shipper ${seq}`,
  address: `Road ${seq}`,
  location: { lat: 31.2, lng: 121.5 },
  window: { from: '2025-03-12T01:00:00Z', to: '2025-03-12T09:00:00Z' },
  arrivalAt: '2025-03-12T01:30:00Z',
  startAt: '2025-03-12T01:30:00Z',
  departureAt: '2025-03-12T01:45:00Z',
  weightKg: 300,
  volumeM3: 2,
  loadAfter: { weightKg: 300 * seq, volumeM3: 2 * seq },
  kmFromPrevious: 5.2,
  pinned: false,
});

const plan: Plan = {
  id: 'PLN-SH01-20250312',
  branch: 'SH01',
  date: '2025-03-12',
  revision: 1,
  status: 'draft',
  stale: false,
  staleReasons: [],
  computedAt: '2025-03-11T02:00:00Z',
  publishedAt: null,
  summary: {
    vehicles: 1,
    fleet: 3,
    jobs: 3,
    served: 2,
    unserved: 1,
    km: 21.5,
    emptyKm: 4.1,
    cost: money(52_000),
  },
  routes: [
    {
      vehicleId: 'SH01-V01',
      vehicleName: '沪A·V101 4.2 m van',
      colour: '#1677ff',
      departAt: '2025-03-12T01:00:00Z',
      returnAt: '2025-03-12T03:00:00Z',
      km: 21.5,
      emptyKm: 4.1,
      startLoad: { weightKg: 0, volumeM3: 0 },
      cost: money(52_000),
      stops: [stop(1, 'SH0000000001:pickup'), stop(2, 'SH0000000002:pickup')],
    },
  ] as Plan['routes'],
  unserved: [
    {
      jobId: 'SH0000000003:pickup',
      waybillNo: 'SH0000000003',
      kind: 'pickup',
      reason: 'over-capacity',
      detail: '12000 kg is more than any vehicle carries',
    },
  ],
  pins: [],
  settings: {
    timeLimitSeconds: 3,
    distanceSource: 'great-circle',
    solver: 'jsprit',
    solveMillis: 900,
  },
};

function renderPage(routes: Parameters<typeof fakeGateway>[0]) {
  const gateway = fakeGateway({
    'GET /api/v1/plans': () => json(200, { items: [], nextCursor: null }),
    'GET /api/v1/plans/PLN-SH01-20250312/map.svg': () =>
      new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', {
        status: 200,
        headers: { 'content-type': 'image/svg+xml' },
      }),
    ...routes,
  });
  const client = new ApiClient({
    store: memorySessionStore({
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: Date.now() + 900_000,
      lifetimeMs: 900_000,
      principal: { ...principal, role: 'dispatcher', username: 'dispatcher' },
    }),
    fetch: gateway.fetch,
    locks: null,
  });
  renderInConsole(
    <AuthProvider client={client}>
      <PickupPlanningPage />
    </AuthProvider>,
  );
  return gateway;
}

const posts = (calls: Call[], path: string) =>
  calls.filter((c) => c.method === 'POST' && c.path === path);

describe('the pickup planning page (R40)', { timeout: 180_000 }, () => {
  it('plans tomorrow for the branch: vehicles needed, stops in order, the unserved with the reason, the map', async () => {
    const gateway = renderPage({ 'POST /api/v1/plans': () => json(201, plan) });
    fireEvent.click(await screen.findByRole('button', { name: 'Plan the day' }));
    await waitFor(() =>
      expect(document.querySelector('[data-vehicles-needed="1"]')).not.toBeNull(),
    );
    expect(posts(gateway.calls, '/api/v1/plans')[0].body).toEqual({
      branch: 'SH01',
      date: tomorrow(),
    });
    const route = document.querySelector('[data-route="SH01-V01"]') as HTMLElement;
    const rows = within(route).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('SH0000000001'),
      expect.stringContaining('SH0000000002'),
    ]);
    expect(rows[1].textContent).toContain('600 kg · 4 m³');
    expect(screen.getByText('over-capacity')).toBeTruthy();
    expect(screen.getByText('12000 kg is more than any vehicle carries')).toBeTruthy();
    const map = await screen.findByAltText('Map of plan PLN-SH01-20250312');
    expect(map.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    const mapCall = gateway.calls.find((c) => c.path.endsWith('/map.svg'));
    expect(mapCall?.authorization).toBe('Bearer a');
  });

  it('shows the field errors of a refused plan at the fields, and a refused move (422) above its form', async () => {
    renderPage({
      'POST /api/v1/plans': (call) =>
        (call.body as { date: string }).date === 'tomorrow'
          ? json(400, {
              type: 'urn:freight:problem:validation',
              title: 'The request is not valid',
              status: 400,
              errors: [{ field: 'date', message: 'expected a date YYYY-MM-DD' }],
            })
          : json(201, plan),
      'POST /api/v1/plans/PLN-SH01-20250312/moves': () =>
        json(422, {
          type: 'urn:freight:problem:move-infeasible',
          title: 'The move breaks the plan',
          status: 422,
          detail: 'SH01-V01 would carry 1800 kg of 1500 kg after stop 2',
        }),
    });
    const date = await screen.findByLabelText('Day');
    fireEvent.change(date, { target: { value: 'tomorrow' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan the day' }));
    const error = await screen.findByText('expected a date YYYY-MM-DD');
    expect(error.closest('.ant-form-item')?.querySelector('label')?.textContent).toBe('Day');

    fireEvent.change(date, { target: { value: '2025-03-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan the day' }));
    await waitFor(() =>
      expect(document.querySelector('[data-vehicles-needed="1"]')).not.toBeNull(),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move now' }));
    const alert = await screen.findByText('SH01-V01 would carry 1800 kg of 1500 kg after stop 2');
    expect(alert.closest('[role="alert"]')?.textContent).toContain(
      'The move breaks the plan (422)',
    );
  });
});
