import {
  DEMO_CUSTOMERS,
  DemoCustomer,
  exampleOrder,
  formatWaybillNo,
  orderPlacedV1,
} from '@freight/contracts';
import type { EventOf } from '@freight/messaging';
import { monthStart } from '../shared/month.rules';

// The billing demo's own shipments of last month, for the demo cast's monthly customers, so a
// month-end desk exists even when no order event has arrived (decision 0075). Their waybill
// numbers use a serial range the order service's demo does not: 900 000 000 + customer × 100 + n.

export const DEMO_SERIAL_BASE = 900_000_000;

export const monthlyDemoCustomers = (): DemoCustomer[] =>
  DEMO_CUSTOMERS.filter((c) => c.billingTerms.kind === 'monthly');

const LANES: Record<string, string[]> = {
  SH01: ['GZ', 'WH'],
  GZ01: ['SH', 'WH'],
  WH01: ['SH', 'GZ'],
};

export interface DemoShipment {
  order: EventOf<typeof orderPlacedV1>['data'];
  deliveredAt: string;
  onTime: boolean;
  podReceivedAt: string | null;
}

const at = (month: string, day: number, hour: number) =>
  new Date(monthStart(month).getTime() + ((day - 1) * 24 + hour) * 3_600_000).toISOString();

/** Four shipments per customer, spread over the month; the last one's POD has not come back. */
export function demoShipments(
  customer: DemoCustomer,
  index: number,
  month: string,
): DemoShipment[] {
  const prefix = customer.branch.slice(0, 2);
  return [0, 1, 2, 3].map((n) => {
    const serial = DEMO_SERIAL_BASE + index * 100 + n + 1;
    const waybillNo = formatWaybillNo(prefix, serial);
    const destination = LANES[customer.branch][n % 2];
    const weightKg = 300 + ((index * 7 + n * 13) % 9) * 110;
    const freight = weightKg * 180 + n * 1_000;
    const lines = [
      {
        code: 'freight',
        description: `运费 ${prefix}→${destination} ${weightKg} kg`,
        amount: freight,
        taxRate: 0.09,
      },
      { code: 'pickup', description: '提货费 pickup', amount: 8_000, taxRate: 0.06 },
      ...(customer.cargo.dangerousGoodsClass === 'none'
        ? []
        : [
            {
              code: 'dangerous-goods',
              description: `危险品附加费 UN ${customer.cargo.dangerousGoodsClass}`,
              amount: 30_000,
              taxRate: 0.09,
            },
          ]),
    ];
    const net = lines.reduce((s, l) => s + l.amount, 0);
    const tax = lines.reduce((s, l) => s + Math.round(l.amount * l.taxRate), 0);
    const placedAt = at(month, 2 + n * 7 + (index % 3), 2);
    return {
      // checked against the contract, as an order.placed from the order service would be
      order: orderPlacedV1.schema.parse({
        ...exampleOrder,
        orderId: `ORD-BILLDEMO-${serial}`,
        waybillNo,
        branch: customer.branch,
        customer: { customerId: customer.customerId, company: customer.company },
        lane: { origin: prefix, destination },
        cargo: {
          description: customer.cargo.description,
          pieces: 2 + n,
          weightKg,
          volumeM3: Math.round(weightKg / 25) / 10,
          dangerousGoodsClass: customer.cargo.dangerousGoodsClass,
          packaging: customer.cargo.packaging,
        },
        price: {
          lines: lines.map((l) => ({
            code: l.code,
            description: l.description,
            amount: { amountMinor: l.amount, currency: 'CNY' },
            taxRate: l.taxRate,
          })),
          net: { amountMinor: net, currency: 'CNY' },
          tax: { amountMinor: tax, currency: 'CNY' },
          total: { amountMinor: net + tax, currency: 'CNY' },
        },
        paymentTerms: 'monthly',
        codAmount: n === 1 ? { amountMinor: 150_000, currency: 'CNY' } : null,
        promisedDeliveryAt: at(month, 4 + n * 7 + (index % 3), 10),
        pickupWindow: { from: placedAt, to: placedAt },
        placedAt,
      }),
      deliveredAt: at(month, 4 + n * 7 + (index % 3), n === 2 && index % 2 === 0 ? 12 : 6),
      onTime: !(n === 2 && index % 2 === 0),
      podReceivedAt: n === 3 ? null : at(month, 6 + n * 7 + (index % 3), 3),
    };
  });
}
