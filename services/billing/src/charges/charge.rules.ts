import type { EventOf } from '@freight/messaging';
import type { orderPlacedV1 } from '@freight/contracts';
import { CURRENCY, sum, taxOf } from '../shared/money.rules';
import { dateOf, monthOf } from '../shared/month.rules';
import { CurrencyNotBilled } from './charge.errors';

/** The order as order.placed / order.amended carry it (the whole snapshot, R4). */
export type OrderSnapshot = Omit<EventOf<typeof orderPlacedV1>['data'], 'placedAt'>;

export interface ChargeLine {
  seq: number;
  code: string;
  description: string;
  amountMinor: number;
  taxRate: number;
  taxMinor: number;
}

export interface ShipmentCharges {
  waybillNo: string;
  orderId: string;
  branch: string;
  customerId: string;
  customerName: string;
  placedAt: string;
  serviceMonth: string;
  serviceDate: string;
  paymentTerms: OrderSnapshot['paymentTerms'];
  codMinor: number | null;
  podRequired: boolean;
  pieces: number;
  weightKg: number;
  netMinor: number;
  lines: ChargeLine[];
}

/**
 * R24 item 1: a shipment's charges from its order — one line per price line, tax per line at
 * the line's own rate (set in the order service's rate table: 9 % transport, 6 % auxiliary
 * services), half-up to the fen. The service month is the month the order was placed in
 * (Asia/Shanghai). COD is the shipper's money the consignee pays: kept for the statement's
 * information, never a charge (its fee, `cod-fee`, is a price line).
 */
export function chargesOf(order: OrderSnapshot, placedAt: string): ShipmentCharges {
  for (const line of order.price.lines)
    if (line.amount.currency !== CURRENCY)
      throw new CurrencyNotBilled(order.waybillNo, line.amount.currency);
  const lines = order.price.lines.map((line, i) => ({
    seq: i + 1,
    code: line.code,
    description: line.description,
    amountMinor: line.amount.amountMinor,
    taxRate: line.taxRate,
    taxMinor: taxOf(line.amount.amountMinor, line.taxRate),
  }));
  return {
    waybillNo: order.waybillNo,
    orderId: order.orderId,
    branch: order.branch,
    customerId: order.customer.customerId,
    customerName: order.customer.company,
    placedAt,
    serviceMonth: monthOf(placedAt),
    serviceDate: dateOf(placedAt),
    paymentTerms: order.paymentTerms,
    codMinor: order.codAmount?.amountMinor ?? null,
    podRequired: order.podRequired,
    pieces: order.cargo.pieces,
    weightKg: order.cargo.weightKg,
    netMinor: sum(lines.map((l) => l.amountMinor)),
    lines,
  };
}

/**
 * Only monthly-terms orders (月结) go on a statement. Prepaid, freight-collect (到付: the
 * consignee pays the driver, R8) and pay-on-receipt orders are settled in cash per shipment:
 * they count for revenue (R26) but are never reconciled monthly.
 */
export const isBilledMonthly = (charges: Pick<ShipmentCharges, 'paymentTerms'>): boolean =>
  charges.paymentTerms === 'monthly';
