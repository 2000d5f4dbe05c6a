import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../api/client';
import { memorySessionStore } from '../../api/session-store';
import { AuthProvider } from '../../auth/auth';
import { type Call, fakeGateway, json, principal } from '../../test/fake-gateway';
import { renderInConsole } from '../../test/render';
import { GatePassesPage, OutboundSlipsPage } from './WarehousePages';

// antd renders slowly in jsdom on a busy machine
configure({ asyncUtilTimeout: 10_000 });

const staff = (role: string) => ({ userId: `u-${role}`, username: role, role });

const sale = {
  id: 'SL-SH01-000001',
  branch: 'SH01',
  status: 'awaiting-gate-pass',
  currency: 'CNY',
  createdAt: '2025-03-12T02:00:00Z',
  createdBy: staff('sales'),
  trail: [{ step: 'raised', by: staff('sales'), at: '2025-03-12T02:00:00Z' }],
  kind: 'contract',
  buyer: { name: '浦东精密零件有限公司', customerId: null, contact: null, phone: null },
  lines: [
    {
      itemCode: 'FG-PMP-0150',
      name: 'Centrifugal pump',
      unit: 'pcs',
      quantity: 2,
      unitPriceMinor: 170_000,
      amountMinor: 340_000,
      qcClearanceId: 'QC-SH01-000001',
      belowMinimum: false,
    },
  ],
  totalMinor: 340_000,
  note: null,
  salesperson: staff('sales'),
  priceApprovalId: null,
  gatePassId: null,
  issueList: {
    no: 'IL-SH01-000001',
    signedBy: null,
    signedOn: null,
    stamped: null,
    returnedAt: null,
    handedToFinanceAt: null,
  },
  issuedAt: null,
  leftAt: null,
  settlement: null,
  overdue: [],
};

function renderAs(role: string, page: React.ReactNode, routes: Parameters<typeof fakeGateway>[0]) {
  const gateway = fakeGateway(routes);
  const client = new ApiClient({
    store: memorySessionStore({
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: Date.now() + 900_000,
      lifetimeMs: 900_000,
      principal: { ...principal, role, username: role },
    }),
    fetch: gateway.fetch,
    locks: null,
  });
  renderInConsole(<AuthProvider client={client}>{page}</AuthProvider>);
  return gateway;
}

const posts = (calls: Call[], path: string) =>
  calls.filter((c) => c.method === 'POST' && c.path === path);

describe('the warehouse form desk', { timeout: 180_000 }, () => {
  it('lists a form with its status filter and paging, and opens a record with its trail', async () => {
    const gateway = renderAs('sales', <OutboundSlipsPage />, {
      'GET /api/v1/sales': () => json(200, { items: [sale], nextCursor: 'next-1' }),
      'GET /api/v1/sales/SL-SH01-000001': () => json(200, sale),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'SL-SH01-000001' }));
    const view = await waitFor(() => {
      const found = document.querySelector('[data-record-view="SL-SH01-000001"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(view.textContent).toContain('IL-SH01-000001');
    expect(view.textContent).toContain('raised');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() =>
      expect(gateway.calls.some((c) => c.path.includes('cursor=next-1'))).toBe(true),
    );
  });

  it("raises an outbound slip, and shows the API's field errors at the fields", async () => {
    const gateway = renderAs('sales', <OutboundSlipsPage />, {
      'GET /api/v1/sales': () => json(200, { items: [], nextCursor: null }),
      'POST /api/v1/sales': () =>
        json(400, {
          type: 'urn:freight:problem:validation',
          title: 'The request is not valid',
          status: 400,
          errors: [
            { field: 'lines.0.qcClearanceId', message: 'Required' },
            { field: 'buyer.name', message: 'Too small: expected string to have >=1 characters' },
          ],
        }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Raise an outbound slip' }));
    const drawer = await screen.findByRole('dialog');
    fireEvent.change(within(drawer).getByLabelText('Item code'), {
      target: { value: 'FG-PMP-0150' },
    });
    fireEvent.click(within(drawer).getAllByRole('button', { name: 'Raise an outbound slip' })[0]);

    const error = await within(drawer).findByText('Required');
    expect(error.closest('.ant-form-item')?.querySelector('label')?.textContent).toBe(
      'QC clearance',
    );
    expect(
      within(drawer)
        .getByText('Too small: expected string to have >=1 characters')
        .closest('.ant-form-item')
        ?.querySelector('label')?.textContent,
    ).toBe('Buyer');
    expect(posts(gateway.calls, '/api/v1/sales')[0].body).toEqual({
      kind: 'contract',
      lines: [{ itemCode: 'FG-PMP-0150' }],
    });
  });

  it("shows finance's refusal (409 sale-not-paid) above the gate pass form, then issues it once arranged", async () => {
    let paid = false;
    const gateway = renderAs('finance', <OutboundSlipsPage />, {
      'GET /api/v1/sales': () => json(200, { items: [sale], nextCursor: null }),
      'GET /api/v1/sales/SL-SH01-000001': () =>
        json(200, paid ? { ...sale, status: 'gate-pass-issued', gatePassId: 'GP-1' } : sale),
      'POST /api/v1/gate-passes': (call) => {
        const body = call.body as { payment?: unknown };
        if (!body.payment)
          return json(409, {
            type: 'urn:freight:problem:sale-not-paid',
            title: 'Conflict',
            status: 409,
            detail: 'SL-SH01-000001 is neither paid nor arranged: no gate pass (R29)',
          });
        paid = true;
        return json(201, { id: 'GP-1' });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'SL-SH01-000001' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Issue the gate pass' }));
    const form = await waitFor(() => {
      const found = document.querySelector('[data-action="gate-pass"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Issue the gate pass' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Conflict (409)');
    expect(alert.textContent).toContain('neither paid nor arranged');

    fireEvent.change(within(form).getByLabelText('Reference (contract, voucher)'), {
      target: { value: 'HT-2025-031' },
    });
    // the payment kind's Select: antd's listbox
    fireEvent.mouseDown(within(form).getByLabelText('Payment'));
    fireEvent.click(await screen.findByTitle('arranged'));
    fireEvent.click(within(form).getByRole('button', { name: 'Issue the gate pass' }));
    await waitFor(() =>
      expect(document.querySelector('[data-status="gate-pass-issued"]')).not.toBeNull(),
    );
    expect(posts(gateway.calls, '/api/v1/gate-passes')[1].body).toEqual({
      document: { type: 'sale', id: 'SL-SH01-000001' },
      payment: { kind: 'arranged', reference: 'HT-2025-031' },
    });
  });

  it('lets the gate guard check a pass out at the gate (POST /gate-exits)', async () => {
    const pass = {
      id: 'GP-SH01-000001',
      branch: 'SH01',
      status: 'goods-issued',
      document: { type: 'sale', id: 'SL-SH01-000001' },
      basis: 'arranged',
      payment: { kind: 'arranged', receiptNo: null, amountMinor: null, reference: 'HT' },
      lines: [{ itemCode: 'FG-PMP-0150', quantity: 2 }],
      currency: 'CNY',
      issuedBy: staff('finance'),
      issuedAt: '2025-03-12T03:00:00Z',
      goodsIssuedAt: '2025-03-12T04:00:00Z',
      leftAt: null,
      exitId: null,
    };
    const gateway = renderAs('gate-guard', <GatePassesPage />, {
      'GET /api/v1/gate-passes': () => json(200, { items: [pass], nextCursor: null }),
      'GET /api/v1/gate-passes/GP-SH01-000001': () => json(200, pass),
      'POST /api/v1/gate-exits': () => json(201, { id: 'GX-1' }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'GP-SH01-000001' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Check out at the gate' }));
    const form = await waitFor(() => {
      const found = document.querySelector('[data-action="gate-exit"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    fireEvent.change(within(form).getByLabelText('Vehicle'), { target: { value: '沪A·12345' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Check out at the gate' }));
    await waitFor(() => expect(posts(gateway.calls, '/api/v1/gate-exits')).toHaveLength(1));
    expect(posts(gateway.calls, '/api/v1/gate-exits')[0].body).toEqual({
      gatePassId: 'GP-SH01-000001',
      vehicle: '沪A·12345',
    });
  });
});
