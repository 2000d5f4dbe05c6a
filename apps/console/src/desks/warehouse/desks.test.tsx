import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../api/client';
import { memorySessionStore } from '../../api/session-store';
import { AuthProvider } from '../../auth/auth';
import { type Call, fakeGateway, json, principal } from '../../test/fake-gateway';
import { renderInConsole } from '../../test/render';
import { ApprovalsPage, InboundSlipsPage } from './WarehousePages';

// antd renders slowly in jsdom on a busy machine
configure({ asyncUtilTimeout: 10_000 });

const staff = (role: string) => ({ userId: `u-${role}`, username: role, role });

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

const actionForm = (key: string) =>
  waitFor(() => {
    const found = document.querySelector(`[data-action="${key}"]`);
    expect(found).not.toBeNull();
    return found as HTMLElement;
  });

const slip = {
  id: 'IN-SH01-000001',
  branch: 'SH01',
  status: 'raised',
  currency: 'CNY',
  createdAt: '2025-03-12T02:00:00Z',
  createdBy: staff('workshop-director'),
  trail: [
    { step: 'raised', by: staff('workshop-director'), at: '2025-03-12T02:00:00Z' },
    { step: 'inspected', by: staff('qc-inspector'), at: '2025-03-12T03:00:00Z' },
  ],
  receivingUnit: '一车间',
  slipDate: null,
  lines: [
    {
      drawingNo: 'FG-PMP-0150',
      name: 'Centrifugal pump',
      specification: null,
      quantity: 12,
      unitPriceMinor: 125_000,
      amountMinor: 1_500_000,
      labourHours: 36,
    },
  ],
  approvalId: 'AP-SH01-000001',
  directorSignature: null,
  inspection: {
    result: 'passed',
    reportNo: 'QC-1',
    findings: null,
    by: staff('qc-inspector'),
    at: '2025-03-12T03:00:00Z',
  },
  receipt: null,
};

describe('the warehouse desks', { timeout: 180_000 }, () => {
  it("R27: the keeper's receipt refused (422 paperwork-incomplete) names each missing item above the form", async () => {
    const gateway = renderAs('warehouse-keeper', <InboundSlipsPage />, {
      'GET /api/v1/inbound-slips': () => json(200, { items: [slip], nextCursor: null }),
      'GET /api/v1/inbound-slips/IN-SH01-000001': () => json(200, slip),
      'POST /api/v1/inbound-slips/IN-SH01-000001/receipt': () =>
        json(422, {
          type: 'urn:freight:problem:paperwork-incomplete',
          title: 'The paperwork is not complete',
          status: 422,
          detail: 'IN-SH01-000001 cannot be received: 3 items missing or wrong (R27)',
          errors: [
            { field: 'slipDate', message: 'the slip has no date' },
            { field: 'lines.0.specification', message: 'no specification' },
            { field: 'directorSignature', message: 'the workshop director has not signed' },
          ],
        }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'IN-SH01-000001' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Receive into stock' }));
    const form = await actionForm('receipt');
    fireEvent.click(within(form).getByLabelText('Goods counted against the slip'));
    fireEvent.click(within(form).getByRole('button', { name: 'Receive into stock' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('The paperwork is not complete (422)');
    expect(alert.textContent).toContain('3 items missing or wrong');
    expect(alert.textContent).toContain('lines.0.specification: no specification');
    expect(alert.textContent).toContain('directorSignature: the workshop director has not signed');
    expect(posts(gateway.calls, '/api/v1/inbound-slips/IN-SH01-000001/receipt')[0].body).toEqual({
      goodsChecked: true,
      certificateChecked: false,
    });
    // the trail of signatures and steps
    expect(screen.getByText('inspected')).toBeTruthy();
  });

  it("the general manager's queue: pending first; a refusal without a reason is shown at the field, then refused", async () => {
    const approval = {
      id: 'AP-SH01-000002',
      branch: 'SH01',
      kind: 'below-minimum-price',
      rule: 'R30',
      subject: { type: 'sale', id: 'SL-SH01-000003' },
      summary: 'retail sale 8% under the company minimum',
      amountMinor: 320_000,
      currency: 'CNY',
      status: 'pending',
      requestedBy: staff('sales'),
      requestedAt: '2025-03-12T02:00:00Z',
      decidedBy: null,
      decidedAt: null,
      note: null,
      approvers: [{ role: 'general-manager', upToMinor: null }],
    };
    let refused = false;
    const gateway = renderAs('general-manager', <ApprovalsPage />, {
      'GET /api/v1/approvals': () => json(200, { items: [approval], nextCursor: null }),
      'GET /api/v1/approvals/AP-SH01-000002': () =>
        json(200, refused ? { ...approval, status: 'rejected', note: 'too low' } : approval),
      'POST /api/v1/approvals/AP-SH01-000002/reject': (call) => {
        if (!(call.body as { note?: string }).note)
          return json(400, {
            type: 'urn:freight:problem:validation',
            title: 'The request is not valid',
            status: 400,
            errors: [
              { field: 'note', message: 'Invalid input: expected string, received undefined' },
            ],
          });
        refused = true;
        return json(200, { ...approval, status: 'rejected' });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'AP-SH01-000002' }));
    expect(gateway.calls[0].path).toBe('/api/v1/approvals?status=pending&limit=20');
    fireEvent.click(await screen.findByRole('button', { name: 'Refuse' }));
    const form = await actionForm('reject');
    fireEvent.click(within(form).getByRole('button', { name: 'Refuse' }));
    const error = await within(form).findByText(
      'Invalid input: expected string, received undefined',
    );
    expect(error.closest('.ant-form-item')?.querySelector('label')?.textContent).toBe('Why not');
    fireEvent.change(within(form).getByLabelText('Why not'), { target: { value: 'too low' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Refuse' }));
    await waitFor(() => expect(document.querySelector('[data-status="rejected"]')).not.toBeNull());
  });
});
