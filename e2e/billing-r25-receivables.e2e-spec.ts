import { waitFor } from '@freight/testing';
import {
  BillingWorld,
  closeMonth,
  customerRegistered,
  delivered,
  invoiceStatement,
  orderPlaced,
  podReceived,
  shipmentsArrived,
  startBillingWorld,
} from './billing-world';

// R25 through the gateway: finance records payments (partial, allocated, overpaid), the
// receivables age, an unpaid invoice past its due date escalates to the branch manager, and each
// month's unpaid amounts are confirmed with finance — every step reaching finance's ledger over
// billing.events exactly once.

describe('R25 receivables through the gateway', () => {
  let world: BillingWorld;
  const customer = `CUST-R25-${Date.now().toString(36).toUpperCase()}`;
  const invoices: { no: string; total: number }[] = [];
  const payments = () => world.as('finance')('GET', `/api/v1/payments?customerId=${customer}`);
  const invoice = async (no: string) =>
    (await world.as('finance')('GET', `/api/v1/invoices/${no}`)).body;

  async function monthOfOrders(month: string, day: string) {
    const orders = [1, 2].map(() =>
      orderPlaced({ customerId: customer, placedAt: `${month}-${day}T02:00:00Z` }),
    );
    for (const order of orders) {
      await world.publish('order.placed', order);
      await world.publish(
        'tracking.shipment.status-changed',
        delivered(order, `${month}-${day}T09:00:00Z`),
      );
      await world.publish('tracking.pod.received', podReceived(order, `${month}-${day}T10:00:00Z`));
    }
    return orders;
  }

  beforeAll(async () => {
    world = await startBillingWorld({ scheduler: true, start: '2025-03-20T02:00:00Z' });
    await world.publish('order.customer.registered', customerRegistered(customer));
    await monthOfOrders('2025-03', '10');
    await shipmentsArrived(world, customer, 2);
    world.clock.set('2025-04-01T01:00:00Z');
    const march = await closeMonth(world, 'SH01', '2025-03', customer);
    invoices.push({ no: await invoiceStatement(world, march.id), total: march.total.amountMinor });
    await monthOfOrders('2025-04', '15');
    await shipmentsArrived(world, customer, 4);
    world.clock.set('2025-05-01T01:00:00Z');
    const april = await closeMonth(world, 'SH01', '2025-04', customer);
    invoices.push({ no: await invoiceStatement(world, april.id), total: april.total.amountMinor });
  }, 300_000);

  afterAll(() => world?.stop());

  it('R25: a payment over the open amount without an overpayment decision is refused, nothing written', async () => {
    const refused = await world.as('finance')('POST', `/api/v1/customers/${customer}/payments`, {
      receivedAt: '2025-05-02T02:00:00Z',
      amount: { amountMinor: invoices[0].total + invoices[1].total + 100, currency: 'CNY' },
      method: 'bank-transfer',
      reference: 'BANK-REF-OVER',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('urn:freight:problem:overpayment-undecided');
    expect(refused.body.detail).toContain('1.00');
    expect((await payments()).body.items).toEqual([]);
    expect((await invoice(invoices[0].no)).paid.amountMinor).toBe(0);
  });

  it('R25: a partial payment is allocated to the invoice named and leaves the rest open', async () => {
    const paid = await world.as('finance')('POST', `/api/v1/customers/${customer}/payments`, {
      receivedAt: '2025-05-02T02:00:00Z',
      amount: { amountMinor: 50_000, currency: 'CNY' },
      method: 'bank-transfer',
      reference: 'BANK-REF-1',
      allocations: [
        { invoiceNo: invoices[0].no, amount: { amountMinor: 50_000, currency: 'CNY' } },
      ],
    });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({
      unapplied: { amountMinor: 0 },
      allocations: [{ invoiceNo: invoices[0].no }],
    });
    expect(await invoice(invoices[0].no)).toMatchObject({
      status: 'partially-paid',
      paid: { amountMinor: 50_000 },
      open: { amountMinor: invoices[0].total - 50_000 },
    });
    const [allocated] = await world.finance.waitFor(
      'billing.payment.allocated',
      (m) => m.key === invoices[0].no,
    );
    expect(allocated.envelope.data).toMatchObject({
      paymentId: paid.body.paymentId,
      invoiceOpen: { amountMinor: invoices[0].total - 50_000 },
    });
    await world.finance.waitFor(
      'billing.payment.recorded',
      (m) => m.envelope.data.paymentId === paid.body.paymentId,
    );

    const tooMuch = await world.as('finance')('POST', `/api/v1/customers/${customer}/payments`, {
      receivedAt: '2025-05-02T02:00:00Z',
      amount: { amountMinor: invoices[0].total, currency: 'CNY' },
      method: 'bank-transfer',
      reference: 'BANK-REF-2',
      allocations: [
        { invoiceNo: invoices[0].no, amount: { amountMinor: invoices[0].total, currency: 'CNY' } },
      ],
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.type).toBe('urn:freight:problem:allocation-exceeds-open');
  });

  it('R25: receivables age by customer in 0–30 / 31–60 / 61–90 / 90+ days since issue', async () => {
    world.clock.set('2025-06-15T02:00:00Z');
    const ageing = await world.as('finance')('GET', '/api/v1/receivables/ageing');
    const row = ageing.body.items.find(
      (r: { customer: { customerId: string } }) => r.customer.customerId === customer,
    );
    expect(ageing.body.asOf).toBe('2025-06-15');
    expect(row).toMatchObject({
      days0to30: { amountMinor: 0 },
      days31to60: { amountMinor: invoices[1].total }, // issued 1 May: 45 days
      days61to90: { amountMinor: invoices[0].total - 50_000 }, // issued 1 April: 75 days
      over90: { amountMinor: 0 },
      overdue: { amountMinor: invoices[0].total - 50_000 + invoices[1].total },
    });
    expect(ageing.body.totals.open.amountMinor).toBeGreaterThanOrEqual(row.open.amountMinor);
  });

  it('R25: an invoice unpaid past its due date escalates to the branch manager and is marked overdue', async () => {
    const manager = world.as('branch-manager');
    const deadline = await waitFor(
      async () => {
        const d = await manager(
          'GET',
          `/api/v1/deadlines/${encodeURIComponent(`invoice:${invoices[0].no}:payment`)}`,
        );
        return d.body?.ladder?.[0]?.firedAt ? d.body : undefined;
      },
      { description: 'the overdue escalation', timeoutMs: 60_000 },
    );
    expect(deadline).toMatchObject({
      rule: 'R25',
      ladder: [{ role: 'branch-manager' }, { role: 'general-manager' }],
    });
    await waitFor(async () => (await invoice(invoices[0].no)).overdue === true, {
      description: 'the invoice marked overdue',
    });
  });

  it('R25: an overpayment is kept as the customer’s credit when finance says so', async () => {
    const open = invoices[0].total - 50_000 + invoices[1].total;
    const paid = await world.as('finance')('POST', `/api/v1/customers/${customer}/payments`, {
      receivedAt: '2025-06-15T02:00:00Z',
      amount: { amountMinor: open + 10_000, currency: 'CNY' },
      method: 'bank-transfer',
      reference: 'BANK-REF-3',
      overpayment: 'keep-as-credit',
    });
    expect(paid.status).toBe(201);
    expect(paid.body.unapplied).toEqual({ amountMinor: 10_000, currency: 'CNY' });
    expect(paid.body.allocations.map((a: { invoiceNo: string }) => a.invoiceNo)).toEqual(
      invoices.map((i) => i.no),
    );
    for (const { no } of invoices) expect((await invoice(no)).status).toBe('paid');
    const account = await world.as('finance')('GET', `/api/v1/customers/${customer}/account`);
    expect(account.body).toMatchObject({
      open: { amountMinor: 0 },
      credit: { amountMinor: 10_000 },
    });
    // the credit goes only to an open invoice of the customer
    const toPaid = await world.as('finance')(
      'POST',
      `/api/v1/payments/${paid.body.paymentId}/allocations`,
      {
        allocations: [{ invoiceNo: invoices[0].no, amount: { amountMinor: 100, currency: 'CNY' } }],
      },
    );
    expect(toPaid.status).toBe(422);
    expect(toPaid.body.errors).toEqual([
      { field: 'allocations.0.invoiceNo', message: expect.any(String) },
    ]);
    // paid: the payment deadline is completed, nothing climbs to the general manager
    const path = `/api/v1/deadlines/${encodeURIComponent(`invoice:${invoices[1].no}:payment`)}`;
    await waitFor(
      async () => (await world.as('branch-manager')('GET', path)).body?.state === 'completed',
      {
        description: 'the payment deadline completed',
      },
    );
  });

  it('R25: each month the unpaid amounts are confirmed with finance, signed off once, sent to the ledger', async () => {
    const finance = world.as('finance');
    const list = await finance(
      'GET',
      `/api/v1/receivables-confirmations?customerId=${customer}&period=2025-04`,
    );
    expect(list.body.items).toHaveLength(1);
    const [april] = list.body.items;
    expect(april).toMatchObject({
      status: 'prepared',
      asOf: '2025-04-30',
      openInvoices: [{ invoiceNo: invoices[0].no, daysOutstanding: 29 }],
    });
    const signed = await finance('POST', `/api/v1/receivables-confirmations/${april.id}/sign-off`, {
      note: 'agreed with the customer',
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      status: 'signed-off',
      signedOffBy: { username: 'finance' },
    });
    const again = await finance(
      'POST',
      `/api/v1/receivables-confirmations/${april.id}/sign-off`,
      {},
    );
    expect(again.status).toBe(409);
    const [confirmed] = await world.finance.waitFor(
      'billing.payments.confirmed',
      (m) => m.key === customer,
    );
    expect(confirmed.envelope.data).toMatchObject({
      confirmationId: april.id,
      period: '2025-04',
      openInvoices: [{ invoiceNo: invoices[0].no }],
      confirmedBy: { username: 'finance' },
    });
    expect(
      world.finance.ofType('billing.payments.confirmed').filter((m) => m.key === customer),
    ).toHaveLength(1);
  });

  it('R25: finance sees every payment and allocation exactly once', () => {
    const recorded = world.finance
      .ofType('billing.payment.recorded')
      .filter((m) => m.key === customer);
    expect(recorded).toHaveLength(2);
    const allocated = world.finance
      .ofType('billing.payment.allocated')
      .filter((m) => invoices.some((i) => i.no === m.key));
    expect(allocated).toHaveLength(3);
  });
});
