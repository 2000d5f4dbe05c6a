import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, renderDeskPage } from '../complaint/test-support';
import { CallerStoryPage, classify } from './CallerStoryPage';

vi.setConfig({ testTimeout: 90_000 });

const customer = {
  customerId: 'CUST-SH-0001',
  branch: 'SH01',
  company: '上海华东化工',
  contacts: [{ name: '李伟', phone: '13800001001' }],
  addresses: [],
  billingTerms: { kind: 'monthly', creditDays: 30 },
};
const page = (items: unknown[]) => json(200, { items, nextCursor: null });
const down = () =>
  json(503, {
    type: 'urn:freight:problem:service-unavailable',
    title: 'Service Unavailable',
    status: 503,
    detail: 'the billing service cannot be reached',
  });

describe("the caller's story", () => {
  it('reads a query as a waybill, a customer id, a phone or a name', () => {
    expect(classify('sh0000000422')).toEqual({ kind: 'waybill', value: 'SH0000000422' });
    expect(classify('cust-sh-0001')).toEqual({ kind: 'customerId', value: 'CUST-SH-0001' });
    expect(classify('138 0000 1001')).toEqual({ kind: 'phone', value: '138 0000 1001' });
    expect(classify('华东化工')).toEqual({ kind: 'name', value: '华东化工' });
  });

  it('R1, R6, R12: a phone finds the customer and their story; a section whose service is down says so and the rest shows', async () => {
    const gateway = renderDeskPage(<CallerStoryPage />, {
      url: '/desk/caller-story?q=13800001001',
      routes: {
        'GET /api/v1/customers': () => page([customer]),
        'GET /api/v1/inquiries': () => page([]),
        'GET /api/v1/orders': () =>
          page([
            {
              orderId: 'ORD-1',
              waybillNo: 'SH0000000422',
              status: 'in-transit',
              lane: { origin: 'SH', destination: 'WH' },
              placedAt: '2025-03-10T01:00:00Z',
              promisedDeliveryAt: '2025-03-13T10:00:00Z',
              consignee: '武汉客户',
              total: { amountMinor: 218000, currency: 'CNY' },
            },
          ]),
        'GET /api/v1/complaints': () =>
          page([
            {
              id: 'CMP-SH01-000031',
              branch: 'SH01',
              state: 'open',
              cause: 'late-delivery',
              registeredAt: '2025-03-14T01:00:00Z',
              assignee: { role: 'agent', username: null, level: 0 },
              caller: { name: '李伟', phone: '13800001001' },
            },
          ]),
        'GET /api/v1/deadlines': () => json(200, { items: [] }),
        'GET /api/v1/calls': () => page([]),
        'GET /api/v1/charges': down,
        'GET /api/v1/statements': down,
        'GET /api/v1/customers/CUST-SH-0001/account': down,
      },
    });
    await screen.findByText('上海华东化工');
    await screen.findByRole('link', { name: 'SH0000000422' });
    await screen.findByRole('link', { name: 'CMP-SH01-000031' });
    await waitFor(() =>
      expect(
        document.querySelector('[data-section="charges"]')?.getAttribute('data-section-state'),
      ).toBe('failed'),
    );
    expect(document.querySelector('[data-section="charges"]')?.textContent).toContain(
      'its service did not answer (503)',
    );
    expect(
      document.querySelector('[data-section="orders"]')?.getAttribute('data-section-state'),
    ).toBe('ok');
    expect(gateway.calls.find((c) => c.path.startsWith('/api/v1/customers?'))?.path).toContain(
      'phone=13800001001',
    );
    expect(
      gateway.calls.some((c) => c.path.includes('/api/v1/orders?customerId=CUST-SH-0001')),
    ).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'New call from this caller' }));
    expect(screen.getByTestId('location').textContent).toBe(
      '/desk/new-call?name=%E6%9D%8E%E4%BC%9F&phone=13800001001&customerId=CUST-SH-0001',
    );
  });

  it('a waybill opens the composed view; a part whose service did not answer says why', async () => {
    renderDeskPage(<CallerStoryPage />, {
      url: '/desk/caller-story?q=SH0000000422',
      routes: {
        'GET /api/v1/waybills/SH0000000422': () =>
          json(200, {
            waybillNo: 'SH0000000422',
            branch: 'SH01',
            parts: {
              order: {
                available: true,
                data: {
                  orderId: 'ORD-1',
                  status: 'in-transit',
                  customer: { customerId: 'CUST-SH-0001', company: '上海华东化工' },
                  lane: { origin: 'SH', destination: 'WH' },
                },
              },
              tracking: { available: false, reason: 'the tracking service cannot be reached' },
              complaints: { available: true, data: { items: [] } },
              charges: { available: true, data: { items: [] } },
            },
          }),
      },
    });
    await waitFor(() =>
      expect(document.querySelector('[data-part="order"]')?.textContent).toContain(
        'ORD-1 · SH → WH',
      ),
    );
    expect(screen.getByText('the tracking service cannot be reached')).toBeTruthy();
  });
});
