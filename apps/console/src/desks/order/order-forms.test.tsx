import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../api/client';
import { memorySessionStore } from '../../api/session-store';
import { AuthProvider } from '../../auth/auth';
import { type Call, fakeGateway, json, principal } from '../../test/fake-gateway';
import { renderInConsole } from '../../test/render';
import { InquiryForm } from './InquiryForm';
import { OrderDetail } from './OrderDetail';
import type { Order } from './types';

// antd's forms render slowly in jsdom on a busy machine: wait for answers longer than 1 s
configure({ asyncUtilTimeout: 15_000 });

type Routes = Parameters<typeof fakeGateway>[0];

function signedIn(role: string, routes: Routes) {
  const gateway = fakeGateway({
    'GET /api/v1/auth/me': () => json(200, { ...principal, role }),
    'GET /api/v1/customers': () => json(200, { items: [], nextCursor: null }),
    'GET /api/v1/deadlines': () => json(200, { items: [] }),
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
  return { gateway, client };
}

const problem = (status: number, extra: object) =>
  json(status, { type: 'urn:freight:problem:x', title: `Refused`, status, ...extra });

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The Form.Item around the field labelled `label`. */
const itemOf = (label: string) =>
  screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('the inquiry form (R2)', () => {
  it('posts the inquiry (yuan sent as fen), shows a field error of a 400 at its field and a 409 detail above the form', async () => {
    const answers = [
      problem(400, {
        detail: '1 problem(s) in the request body',
        errors: [{ field: 'cargo.weightKg', message: 'expected a positive number' }],
      }),
      problem(409, { detail: 'quoting dangerous goods needs the MSDS' }),
      json(201, { inquiryId: 'INQ-SH-000042' }),
    ];
    const { gateway, client } = signedIn('agent', {
      'POST /api/v1/inquiries': () => answers.shift()!,
    });
    const recorded = vi.fn();
    renderInConsole(
      <AuthProvider client={client}>
        <InquiryForm onRecorded={recorded} />
      </AuthProvider>,
    );
    type('Company', '浦东精密零件有限公司');
    type('Contact', '张敏');
    type('Phone', '13800001002');
    type('Product name', 'machine parts');
    type('Cash on delivery', '5000');
    fireEvent.click(screen.getByRole('button', { name: 'Record the inquiry' }));

    await waitFor(() =>
      expect(within(itemOf('Weight (kg)')).getByText('expected a positive number')).toBeTruthy(),
    );
    const posted = gateway.calls.find((c: Call) => c.method === 'POST')!;
    expect(posted.body).toMatchObject({
      company: '浦东精密零件有限公司',
      contact: { name: '张敏', phone: '13800001002' },
      cargo: { description: 'machine parts', dangerousGoodsClass: 'none', pieces: 1 },
      serviceOptions: { codAmount: 500000, deliveryMode: 'self-pickup' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Record the inquiry' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'quoting dangerous goods needs the MSDS',
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Record the inquiry' }));
    await waitFor(() => expect(recorded).toHaveBeenCalledWith({ inquiryId: 'INQ-SH-000042' }));
  }, 120_000);
});

const order: Order = {
  orderId: 'ORD-SH-000007',
  waybillNo: 'SH0000000075',
  branch: 'SH01',
  status: 'placed',
  customer: { customerId: 'CUST-SH-0002', company: '浦东精密零件有限公司' },
  agent: { userId: 'u-1', username: 'agent' },
  shipper: {
    name: '浦东精密零件有限公司',
    phone: '13800001002',
    address: { province: '上海市', city: '上海市' },
  },
  consignee: {
    name: '武汉光谷光电有限公司',
    phone: '13700003001',
    address: { province: '湖北省', city: '武汉市' },
  },
  lane: { origin: 'SH', destination: 'WH' },
  cargo: {
    description: 'parts',
    pieces: 3,
    weightKg: 860,
    volumeM3: 2.4,
    dangerousGoodsClass: 'none',
  },
  serviceOptions: { pickup: true, deliveryMode: 'self-pickup', podRequired: false },
  price: {
    lines: [
      {
        code: 'freight',
        description: 'freight',
        amount: { amountMinor: 103200, currency: 'CNY' },
        taxRate: 0.09,
      },
    ],
    net: { amountMinor: 103200, currency: 'CNY' },
    tax: { amountMinor: 9288, currency: 'CNY' },
    total: { amountMinor: 112488, currency: 'CNY' },
  },
  paymentTerms: 'monthly',
  pickupWindow: { from: '2026-03-12T01:00:00Z', to: '2026-03-12T04:00:00Z' },
  promisedDeliveryAt: '2026-03-14T10:00:00Z',
  placedAt: '2026-03-11T02:00:00Z',
  acknowledgement: { dueDeadlineId: 'order:ORD-SH-000007:ack:1' },
  escalations: [],
  version: 1,
};

describe('the work order (R4, R5)', () => {
  it('shows the waybill and the price in yuan; the documents clerk acknowledges it, a 409 shown above the form', async () => {
    let current: Order = order;
    const acknowledged: Order = {
      ...order,
      status: 'acknowledged',
      acknowledgement: { dueDeadlineId: null, at: '2026-03-11T02:10:00Z', by: principal },
    };
    const answers = [
      () => problem(409, { detail: 'the order was amended meanwhile: check it again' }),
      () => json(200, (current = acknowledged)),
    ];
    const { gateway, client } = signedIn('documents-clerk', {
      'GET /api/v1/orders/ORD-SH-000007': () => json(200, current),
      'GET /api/v1/orders/ORD-SH-000007/history': () => json(200, { items: [], nextCursor: null }),
      'POST /api/v1/orders/ORD-SH-000007/acknowledge': () => answers.shift()!(),
    });
    renderInConsole(
      <AuthProvider client={client}>
        <OrderDetail orderId="ORD-SH-000007" />
      </AuthProvider>,
    );
    await screen.findByText('SH0000000075');
    expect(document.querySelector('[data-total]')?.textContent).toBe('¥1,124.88');
    expect(screen.queryByRole('button', { name: 'Cancel the order' })).toBeNull();

    type('Note', 'papers checked');
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('the order was amended meanwhile'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() =>
      expect(document.querySelector('[data-order-status]')?.getAttribute('data-order-status')).toBe(
        'acknowledged',
      ),
    );
    const acks = gateway.calls.filter((c) => c.path.endsWith('/acknowledge'));
    expect(acks[0].body).toEqual({ note: 'papers checked' });
  }, 120_000);
});
