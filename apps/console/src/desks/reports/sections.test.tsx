import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json } from '../../test/fake-gateway';
import { problem, renderAs } from '../billing/test-support';
import { daysOf, StatisticsSection } from './sections';
import type { OperationsFigures } from './types';

configure({ asyncUtilTimeout: 10_000 });

const figures = (shipments: number): OperationsFigures => ({
  shipments,
  pieces: shipments * 3,
  weightKg: shipments * 100,
  revenue: { amountMinor: shipments * 500_00, currency: 'CNY' },
  delivered: shipments,
  deliveredOnTime: shipments - 1,
  onTimeRate: (shipments - 1) / shipments,
  withException: 1,
  exceptionRate: 1 / shipments,
  complaints: 1,
  complaintRate: 100 / shipments,
  surveys: 2,
  satisfaction: 4.5,
});
const STATISTICS = 'GET /api/v1/statistics/monthly';

describe('monthly statistics (R26)', { timeout: 60_000 }, () => {
  it('shows each branch and the company, and downloads the XLSX with the token', async () => {
    const createObjectURL = vi.fn(() => 'blob:xlsx');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const save = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const gateway = renderAs(
      'general-manager',
      {
        [STATISTICS]: () =>
          json(200, {
            month: '2025-03',
            items: [
              { branch: 'SH01', ...figures(20) },
              { branch: 'GZ01', ...figures(10) },
            ],
            company: figures(30),
          }),
        'GET /api/v1/statistics/monthly/export': () =>
          new Response(new Blob(['PK']), {
            headers: {
              'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            },
          }),
      },
      <StatisticsSection month="2025-03" />,
    );
    expect(await screen.findByText('Company')).toBeTruthy();
    expect(screen.getByText('SH01')).toBeTruthy();
    expect(screen.getByText('95.0%')).toBeTruthy(); // SH01's on-time rate
    expect(screen.getByRole('img', { name: 'Shipments by branch' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'XLSX' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(createObjectURL).toHaveBeenCalled();
    const download = gateway.calls.find((c) =>
      c.path.startsWith('/api/v1/statistics/monthly/export'),
    );
    expect(download?.path).toBe('/api/v1/statistics/monthly/export?month=2025-03&format=xlsx');
    expect(download?.authorization).toBe('Bearer a');
    vi.unstubAllGlobals();
  });

  it("shows the gateway's refusal of the month", async () => {
    renderAs(
      'general-manager',
      {
        [STATISTICS]: () =>
          problem(400, 'validation', '1 problem(s) in the query', [
            { field: 'month', message: 'expected a month YYYY-MM' },
          ]),
      },
      <StatisticsSection month="2025-13" />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('month: expected a month YYYY-MM');
  });

  it('reads a month as its first and last day', () => {
    expect(daysOf('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(daysOf('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});
