import { waitFor } from '@freight/testing';
import {
  BillingWorld,
  checkAndSend,
  customerRegistered,
  delivered,
  orderPlaced,
  podReceived,
  shipmentsArrived,
  startBillingWorld,
} from './billing-world';

// R24's clocks and numbers through the gateway, with the real scheduler: a statement the
// documents desk has not checked escalates to the documents clerk (then the branch manager), a
// customer who does not answer escalates to the agent; invoices issued at the same moment get
// consecutive numbers of their series, and a statement confirmed twice at once is invoiced once.

describe('R24 deadlines and invoice numbers', () => {
  let world: BillingWorld;
  const tag = Date.now().toString(36).toUpperCase();
  const customers = ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => `CUST-R24N-${tag}-${c}`);
  const statements = new Map<string, string>();

  beforeAll(async () => {
    world = await startBillingWorld({ scheduler: true, start: '2025-03-28T02:00:00Z' });
    for (const customer of customers) {
      await world.publish('order.customer.registered', customerRegistered(customer));
      const order = orderPlaced({ customerId: customer, placedAt: '2025-03-20T02:00:00Z' });
      await world.publish('order.placed', order);
      await world.publish(
        'tracking.shipment.status-changed',
        delivered(order, '2025-03-22T02:00:00Z'),
      );
      await world.publish('tracking.pod.received', podReceived(order, '2025-03-24T02:00:00Z'));
    }
    for (const customer of customers) await shipmentsArrived(world, customer, 1);
    world.clock.set('2025-04-01T01:00:00Z'); // Tuesday 09:00 in Shanghai: March is over
    const clerk = world.as('documents-clerk');
    await waitFor(
      async () => {
        for (const customer of customers) {
          const list = await clerk(
            'GET',
            `/api/v1/statements?period=2025-03&customerId=${customer}`,
          );
          if (list.body.items[0]) statements.set(customer, list.body.items[0].id);
        }
        return statements.size === customers.length;
      },
      { description: 'the drafts of the month-end close', timeoutMs: 60_000 },
    );
  }, 240_000);

  afterAll(() => world?.stop());

  const escalationOf = async (customer: string) =>
    (await world.as('branch-manager')('GET', `/api/v1/statements/${statements.get(customer)}`)).body
      .escalation;

  it('R24: drafts not checked within 3 working days escalate to the documents clerk', async () => {
    world.clock.set('2025-04-03T10:05:00Z'); // Thursday 18:05: 27 working hours after the close
    const escalation = await waitFor(() => escalationOf(customers[0]), {
      description: 'the check escalation',
      timeoutMs: 60_000,
    });
    expect(escalation).toMatchObject({ step: 'check', level: 1, role: 'documents-clerk' });
    const deadlines = await world.as('documents-clerk')(
      'GET',
      '/api/v1/deadlines?subjectType=statement-check&subjectId=SH01:2025-03',
    );
    expect(deadlines.body.items).toEqual([
      expect.objectContaining({
        rule: 'R24',
        ladder: [
          expect.objectContaining({ role: 'documents-clerk', firedAt: expect.any(String) }),
          expect.objectContaining({ role: 'branch-manager' }),
          expect.objectContaining({ role: 'general-manager' }),
        ],
      }),
    ]);
  });

  it('R24: a customer who does not answer within 5 working days escalates to the agent', async () => {
    for (const customer of customers) await checkAndSend(world, statements.get(customer)!);
    expect(await escalationOf(customers[0])).toBeNull();
    // the last draft checked: the documents desk's clock of the month is done
    const check = await world.as('documents-clerk')(
      'GET',
      `/api/v1/deadlines/${encodeURIComponent('statement-check:SH01:2025-03')}`,
    );
    await waitFor(
      async () =>
        (
          await world.as('documents-clerk')(
            'GET',
            `/api/v1/deadlines/${encodeURIComponent('statement-check:SH01:2025-03')}`,
          )
        ).body.state === 'completed',
    );
    expect(check.status).toBe(200);
    world.clock.set('2025-04-11T10:05:00Z'); // 5 working days (45 h) after Thursday 18:05
    const escalation = await waitFor(() => escalationOf(customers[0]), {
      description: 'the answer escalation',
      timeoutMs: 60_000,
    });
    expect(escalation).toMatchObject({ step: 'answer', level: 1, role: 'agent' });
  });

  it('R24: invoices issued at once get consecutive numbers; a statement confirmed twice at once is invoiced once', async () => {
    const agent = world.as('agent');
    const confirmations = await Promise.all([
      ...customers.map((c) => agent('POST', `/api/v1/statements/${statements.get(c)}/confirm`, {})),
      agent('POST', `/api/v1/statements/${statements.get(customers[0])}/confirm`, {}),
    ]);
    expect(confirmations.map((c) => c.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 409]);
    const numbers = confirmations
      .filter((c) => c.status === 200)
      .map((c) => Number(/-(\d{6})$/.exec(c.body.invoice.invoiceNo)![1]))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0] + i));
    const issued = await world.finance.waitFor(
      'billing.invoice.issued',
      (m) => customers.includes((m.envelope.data.customer as { customerId: string }).customerId),
      customers.length,
    );
    expect(new Set(issued.map((m) => m.envelope.data.reconciliationId)).size).toBe(
      customers.length,
    );
    expect(issued).toHaveLength(customers.length);
  });
});
