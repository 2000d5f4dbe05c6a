import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../api/client';
import { memorySessionStore } from '../../api/session-store';
import { AuthProvider } from '../../auth/auth';
import { fakeGateway, json, principal } from '../../test/fake-gateway';
import { renderInConsole } from '../../test/render';
import { ExceptionDetail } from './ExceptionsPage';
import type { ShipmentException } from './types';

// antd's forms render slowly in jsdom on a busy machine: wait for answers longer than 1 s
configure({ asyncUtilTimeout: 15_000 });

const exception: ShipmentException = {
  id: 'EXC-1',
  waybillNo: 'SH0000000075',
  branch: 'SH01',
  customerId: 'CUST-SH-0001',
  kind: 'damage',
  source: 'agent',
  note: '2 of 12 drums dented',
  raisedAt: '2026-03-12T02:00:00Z',
  raisedBy: { userId: 'u-1', username: 'agent' },
  state: 'open',
  assignedRole: 'agent',
  escalationLevel: 0,
  compensation: null,
  resolution: null,
  closedAt: null,
  closedBy: null,
  steps: [
    {
      seq: 1,
      kind: 'raised',
      at: '2026-03-12T02:00:00Z',
      by: null,
      role: null,
      text: 'raised',
      amount: null,
    },
  ],
};

const problem = (status: number, extra: object) =>
  json(status, { type: 'urn:freight:problem:x', title: 'Refused', status, ...extra });

describe('an exception (R13)', () => {
  it('closes within authority: a 400 at the field, a 422 beyond-authority above the form, then closed', async () => {
    const answers = [
      problem(400, { errors: [{ field: 'resolution', message: 'expected 1–2000 characters' }] }),
      problem(422, {
        detail:
          "a compensation of ¥1,200.00 is beyond the agent's authority (¥500.00): escalate it",
      }),
      json(200, { ...exception, state: 'closed', resolution: 'paid', steps: exception.steps }),
    ];
    const gateway = fakeGateway({
      'GET /api/v1/auth/me': () => json(200, principal),
      'GET /api/v1/exceptions/EXC-1': () => json(200, exception),
      'POST /api/v1/exceptions/EXC-1/close': () => answers.shift()!,
    });
    const client = new ApiClient({
      store: memorySessionStore({
        accessToken: 'a',
        refreshToken: 'r',
        expiresAt: Date.now() + 900_000,
        lifetimeMs: 900_000,
        principal,
      }),
      fetch: gateway.fetch,
    });
    renderInConsole(
      <AuthProvider client={client}>
        <ExceptionDetail id="EXC-1" onChanged={() => undefined} />
      </AuthProvider>,
    );
    const form = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('form[data-form="close-exception"]');
      expect(found).toBeTruthy();
      return found!;
    });
    const close = () => fireEvent.click(within(form).getByRole('button', { name: 'Close' }));
    close();
    await waitFor(() => expect(within(form).getByText('expected 1–2000 characters')).toBeTruthy());

    fireEvent.change(within(form).getByLabelText('Resolution'), { target: { value: 'paid' } });
    fireEvent.change(within(form).getByLabelText('Compensation paid'), {
      target: { value: '1200' },
    });
    close();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('beyond the agent'),
    );
    const bodies = gateway.calls.filter((c) => c.path.endsWith('/close')).map((c) => c.body);
    expect(bodies[1]).toEqual({
      resolution: 'paid',
      compensation: { amountMinor: 120000, currency: 'CNY' },
    });

    close();
    await waitFor(() =>
      expect(
        document.querySelector('[data-exception-state]')?.getAttribute('data-exception-state'),
      ).toBe('closed'),
    );
  }, 120_000);
});
