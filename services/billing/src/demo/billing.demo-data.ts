import type { DemoDataContext } from '@freight/platform';
import { RecordOrderHandler } from '../charges/record-order.handler';
import { RecordTrackingHandler } from '../charges/record-tracking.handler';
import type { BillingConfig } from '../config';
import { saveCustomerAccount } from '../customers/customer-accounts';
import { monthOf, nextMonth } from '../shared/month.rules';
import { RecordComplaintFactsHandler } from '../statistics/record-complaint-facts.handler';
import { demoShipments, monthlyDemoCustomers } from './demo-shipments';
import { reconcileWhenSettled } from './demo-month-end';
import { DEMO_CUSTOMERS } from '@freight/contracts';

/**
 * `npm start`'s month-end desk (decision 0075). At boot: the demo cast's customer files (only
 * where the order service's events have not brought them), billing's own shipments of last month
 * for the monthly customers, deliveries, PODs, exceptions, complaints and surveys for R26. Then,
 * in the background once the order service's demo orders of last month have stopped arriving,
 * last month is closed and its statements walked into every state. Idempotent: fixed ids, and
 * every step acts only on a statement still in the state before it.
 */
export async function seedDemoBilling(context: DemoDataContext<BillingConfig>): Promise<void> {
  const month = nextMonth(monthOf(context.clock.now()), -1);
  await context.dataSource.transaction(async (manager) => {
    for (const c of DEMO_CUSTOMERS)
      await saveCustomerAccount(
        manager,
        {
          customerId: c.customerId,
          branch: c.branch,
          company: c.company,
          email: c.contact.email,
          billingKind: c.billingTerms.kind,
          creditDays: c.billingTerms.creditDays,
        },
        context.clock.now().toISOString(),
        true,
      );
  });
  const orders = context.get(RecordOrderHandler);
  const tracking = context.get(RecordTrackingHandler);
  const facts = context.get(RecordComplaintFactsHandler);
  for (const [index, customer] of monthlyDemoCustomers().entries()) {
    for (const [n, s] of demoShipments(customer, index, month).entries()) {
      const ids = {
        waybillNo: s.order.waybillNo,
        branch: customer.branch,
        customerId: customer.customerId,
      };
      await orders.placed(s.order);
      await tracking.delivered({
        ...ids,
        orderId: s.order.orderId,
        status: 'delivered',
        previousStatus: 'out-for-delivery',
        occurredAt: s.deliveredAt,
        place: { code: customer.branch, name: customer.branch },
        promisedDeliveryAt: s.order.promisedDeliveryAt,
        onTime: s.onTime,
      });
      if (s.podReceivedAt)
        await tracking.podReceived({
          ...ids,
          receivedAt: s.podReceivedAt,
          receivedAtBranch: customer.branch,
          receivedBy: { userId: 'demo', username: 'documents-clerk' },
        });
      if (!s.onTime)
        await tracking.exceptionRaised({
          ...ids,
          exceptionId: `EXC-BILLDEMO-${s.order.waybillNo}`,
          kind: 'delay',
          source: 'delay-detection',
          note: 'not delivered by the promised time',
          raisedAt: s.order.promisedDeliveryAt,
        });
      if (n === 0 && index % 3 === 0)
        await facts.registered({
          complaintId: `CMP-BILLDEMO-${customer.customerId}`,
          branch: customer.branch,
          customerId: customer.customerId,
          waybillNo: s.order.waybillNo,
          cause: 'late-delivery',
          agent: { userId: 'demo', username: 'agent' },
          important: false,
          solvedOnCall: true,
          registeredAt: s.deliveredAt,
        });
      await facts.answered({
        surveyId: `SRV-BILLDEMO-${s.order.waybillNo}`,
        branch: customer.branch,
        about: { type: 'order', id: s.order.waybillNo },
        customerId: customer.customerId,
        score: s.onTime ? 4 + ((index + n) % 2) : 2,
        answeredAt: s.deliveredAt,
      });
    }
  }
  reconcileWhenSettled(context, month);
}
