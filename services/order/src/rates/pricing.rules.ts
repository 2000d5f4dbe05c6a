import Decimal from 'decimal.js';
import { cny, formatYuan, Money, toFen } from '../shared/money';
import type { Lane, RateTable, Region } from './rate-table.entity';

// R3: what the rate table says an inquiry costs, line by line, or why it needs analysis.
// Decision 0044 writes the arithmetic down.

/** VAT rates of the lines (conventions of the trade): transport 9 %, auxiliary logistics 6 %. */
export const VAT = { transport: 0.09, auxiliary: 0.06 } as const;

export type DangerousGoodsClass = 'none' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

export interface ServiceOptions {
  pickup: boolean;
  deliveryMode: 'self-pickup' | 'door';
  declaredValue?: number;
  codAmount?: number;
  podRequired: boolean;
}

export interface ShipmentToPrice {
  origin: { province: string; city: string };
  destination: { province: string; city: string };
  cargo: { weightKg: number; volumeM3: number; dangerousGoodsClass: DangerousGoodsClass };
  services: ServiceOptions;
}

export interface PriceLine {
  code: string;
  description: string;
  amount: Money;
  taxRate: number;
}

export interface Price {
  lines: PriceLine[];
  net: Money;
  tax: Money;
  total: Money;
}

export interface LaneCodes {
  origin: string;
  destination: string;
}

export type Assessment =
  | {
      kind: 'quotable';
      rateTableId: string;
      lane: LaneCodes;
      chargeableWeightKg: number;
      leadTimeDays: number;
      price: Price;
    }
  | { kind: 'needs-analysis'; reasons: { code: string; message: string }[] };

/** The table's region an address lies in: by city, else by province. */
export function regionOf(regions: readonly Region[], place: { province: string; city: string }) {
  return (
    regions.find((r) => r.cities.includes(place.city)) ??
    regions.find((r) => r.cities.includes(place.province))
  );
}

/** Net amounts → lines with their totals; the VAT of each line rounded on its own. */
export function priceFromLines(lines: PriceLine[]): Price {
  const net = lines.reduce((sum, l) => sum + l.amount.amountMinor, 0);
  const tax = lines.reduce(
    (sum, l) => sum + toFen(new Decimal(l.amount.amountMinor).times(l.taxRate)),
    0,
  );
  return { lines, net: cny(net), tax: cny(tax), total: cny(net + tax) };
}

/** The rate of the highest break at or below the quantity (breaks start at 0, ascending). */
function rateAt<B>(breaks: readonly B[], from: (b: B) => number, quantity: number): B {
  return [...breaks].reverse().find((b) => from(b) <= quantity) ?? breaks[0];
}

const line = (code: string, description: string, fen: number, taxRate: number): PriceLine => ({
  code,
  description,
  amount: cny(fen),
  taxRate,
});

/**
 * R3 chargeable weight: the higher of the actual kg and m³ × the volumetric factor, rounded up
 * to the whole kg. Heavy cargo (重货) pays by weight; light cargo (泡货) by m³ where the lane has
 * volume rates, else by its chargeable weight.
 */
export function freightLines(table: RateTable, lane: Lane, shipment: ShipmentToPrice) {
  const { weightKg, volumeM3 } = shipment.cargo;
  const volumetricKg = new Decimal(volumeM3).times(table.volumetricFactorKgPerM3);
  const chargeableKg = Decimal.max(weightKg, volumetricKg)
    .toDecimalPlaces(0, Decimal.ROUND_UP)
    .toNumber();
  const light = volumetricKg.greaterThan(weightKg);
  const route = `${lane.origin}→${lane.destination}`;
  let freight: PriceLine;
  if (light && lane.volumeBreaks.length > 0) {
    const rate = rateAt(lane.volumeBreaks, (b) => b.fromM3, volumeM3);
    freight = line(
      'freight',
      `freight ${route}, light cargo ${volumeM3} m³ × ${formatYuan(rate.perM3Minor)}/m³`,
      toFen(new Decimal(volumeM3).times(rate.perM3Minor)),
      VAT.transport,
    );
  } else {
    const rate = rateAt(lane.weightBreaks, (b) => b.fromKg, chargeableKg);
    freight = line(
      'freight',
      `freight ${route}, chargeable ${chargeableKg} kg × ${formatYuan(rate.perKgMinor)}/kg`,
      toFen(new Decimal(chargeableKg).times(rate.perKgMinor)),
      VAT.transport,
    );
  }
  const minimum = lane.minimumChargeMinor ?? table.minimumChargeMinor;
  const topUp = minimum - freight.amount.amountMinor;
  const lines = [freight];
  if (topUp > 0)
    lines.push(
      line(
        'minimum-charge',
        `minimum charge ${formatYuan(minimum)} per waybill (最低一票)`,
        topUp,
        VAT.transport,
      ),
    );
  return { chargeableKg, lines };
}

/** The auxiliary services the shipment asks for, from the table's fees (6 % VAT). */
export function serviceLines(table: RateTable, services: ServiceOptions): PriceLine[] {
  const { fees } = table;
  const lines: PriceLine[] = [];
  const add = (code: string, description: string, fen: number) => {
    if (fen > 0) lines.push(line(code, description, fen, VAT.auxiliary));
  };
  if (services.pickup) add('pickup', 'pickup at the shipper (提货费)', fees.pickupMinor);
  if (services.deliveryMode === 'door')
    add('delivery', 'delivery to the door (送货费)', fees.doorDeliveryMinor);
  if (services.declaredValue)
    add(
      'insurance',
      `insurance ${fees.insurancePermille}‰ of ${formatYuan(services.declaredValue)} declared (保价费)`,
      toFen(new Decimal(services.declaredValue).times(fees.insurancePermille).dividedBy(1000)),
    );
  if (services.codAmount)
    add(
      'cod-fee',
      `COD service ${fees.codPercent}% of ${formatYuan(services.codAmount)} (代收货款手续费)`,
      toFen(new Decimal(services.codAmount).times(fees.codPercent).dividedBy(100)),
    );
  if (services.podRequired) add('pod-fee', 'return receipt (回单费)', fees.podMinor);
  return lines;
}

/** R3: an instant quote when the table covers the shipment, else the reasons to analyse it. */
export function assess(table: RateTable | null, shipment: ShipmentToPrice): Assessment {
  if (!table)
    return {
      kind: 'needs-analysis',
      reasons: [{ code: 'no-rate-table', message: 'no rate table is valid now' }],
    };
  const reasons: { code: string; message: string }[] = [];
  const origin = regionOf(table.regions, shipment.origin);
  const destination = regionOf(table.regions, shipment.destination);
  if (!origin)
    reasons.push({
      code: 'origin-not-served',
      message: `no region covers ${shipment.origin.city}`,
    });
  if (!destination)
    reasons.push({
      code: 'destination-not-served',
      message: `no region covers ${shipment.destination.city}`,
    });
  const lane =
    origin && destination
      ? table.lanes.find((l) => l.origin === origin.code && l.destination === destination.code)
      : undefined;
  if (origin && destination && !lane)
    reasons.push({
      code: 'no-lane',
      message: `no rates for ${origin.code}→${destination.code} (distance to measure)`,
    });
  const dg = shipment.cargo.dangerousGoodsClass;
  const surcharge = dg === 'none' ? 0 : table.dangerousGoodsSurchargeMinor[dg];
  if (surcharge === undefined)
    reasons.push({
      code: 'dangerous-goods-not-carried',
      message: `UN class ${dg} is not in the rate table: the product needs analysis`,
    });
  if (reasons.length > 0 || !lane || surcharge === undefined)
    return { kind: 'needs-analysis', reasons };

  const freight = freightLines(table, lane, shipment);
  const dgLines =
    surcharge > 0
      ? [
          line(
            'dangerous-goods',
            `dangerous-goods surcharge (UN class ${dg})`,
            surcharge,
            VAT.transport,
          ),
        ]
      : [];
  return {
    kind: 'quotable',
    rateTableId: table.rateTableId,
    lane: { origin: lane.origin, destination: lane.destination },
    chargeableWeightKg: freight.chargeableKg,
    leadTimeDays: lane.leadTimeDays,
    price: priceFromLines([
      ...freight.lines,
      ...dgLines,
      ...serviceLines(table, shipment.services),
    ]),
  };
}
