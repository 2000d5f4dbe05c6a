import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ServiceStarPage, thisMonth } from './ServiceStarPage';
import { json, refusal, renderDeskPage, validation } from './test-support';

vi.setConfig({ testTimeout: 90_000 });

const month = thisMonth();
const results = {
  items: [
    {
      month,
      branch: 'SH01',
      state: 'open',
      candidates: [
        {
          id: '3b7c0f1e-0000-4000-8000-000000000001',
          staff: { username: 'li.ming', name: '李明' },
          staffVotes: 3,
          customerVotes: 2,
          total: 5,
        },
      ],
      winner: null,
      closedAt: null,
    },
  ],
};

describe('service star of the month (R22)', () => {
  it("R22: shows the month's votes; a second vote's refusal (409) is said; a nomination's field error lands at the field", async () => {
    const nominate = () =>
      validation([{ field: 'staff.username', message: 'expected a username' }]);
    const gateway = renderDeskPage(<ServiceStarPage />, {
      url: '/desk/service-star',
      role: 'branch-manager',
      routes: {
        'GET /api/v1/star-results': () => json(200, results),
        'POST /api/v1/star-candidates/3b7c0f1e-0000-4000-8000-000000000001/votes': () =>
          refusal(409, 'you have voted this month'),
        'POST /api/v1/star-candidates': () => nominate(),
      },
    });
    await screen.findByText('李明');
    expect(gateway.calls.some((c) => c.path === `/api/v1/star-results?month=${month}`)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Vote' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('you have voted this month'),
    );

    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'li ming' } });
    fireEvent.change(screen.getByLabelText('Why'), { target: { value: 'Twelve thank-you calls' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nominate' }));
    const error = await screen.findByText('expected a username');
    expect(error.closest('.ant-form-item')?.querySelector('label')?.textContent).toBe('Username');
    expect(gateway.calls.find((c) => c.path === '/api/v1/star-candidates')?.body).toEqual({
      month,
      staff: { username: 'li ming' },
      reason: 'Twelve thank-you calls',
    });
  });
});
