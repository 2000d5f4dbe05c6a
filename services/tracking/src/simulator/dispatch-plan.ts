// The dispatch system as `npm run simulate -- dispatch` plays it (issue 22 item 7): for each open
// order, the steps still to come, with what a real partner feed has — a step now and then sent
// before the one that happened first, a message sent twice, an exception on the road. Pure, and
// random only through the `random` it is given (seeded in specs).

import type { ExceptionKind, TrackingStatus } from '../shipments/shipment-status.rules';

export type Status = Exclude<TrackingStatus, 'exception'>;

const JOURNEY: readonly Status[] = [
  'picked-up',
  'departed',
  'arrived-at-hub',
  'out-for-delivery',
  'delivered',
];

/** An open order, as the simulator learnt it from order.events and tracking.events. */
export interface OpenShipment {
  waybillNo: string;
  origin: string;
  destination: string;
  shipperDistrict?: string;
  consigneeDistrict?: string;
  /** the furthest status tracking has published, if any */
  status?: Status | 'exception';
}

export interface PlannedStep {
  waybillNo: string;
  status: Status | 'exception';
  place: { code: string; name: string };
  vehicle: { plate: string };
  driver: { name: string };
  exception?: { kind: ExceptionKind; note: string };
}

export type Random = () => number;

const CITY: Record<string, { name: string; plate: string }> = {
  SH: { name: 'Shanghai', plate: '沪A' },
  GZ: { name: 'Guangzhou', plate: '粤A' },
  WH: { name: 'Wuhan', plate: '鄂A' },
};
const DRIVERS = ['张师傅', '王师傅', '李师傅', '刘师傅', '陈师傅', '杨师傅'];
const EXCEPTIONS: { kind: ExceptionKind; note: string }[] = [
  { kind: 'damage', note: '1 carton crushed in transit, photos taken' },
  { kind: 'shortage', note: 'consignee counted one piece short' },
  { kind: 'delay', note: 'road closed by the police, waiting at the toll gate' },
  { kind: 'refusal', note: 'consignee refused: goods not ordered' },
  { kind: 'wrong-delivery', note: 'unloaded at the neighbouring unit, recovering it' },
];

const pick = <T>(items: readonly T[], random: Random): T =>
  items[Math.floor(random() * items.length)];
const cityOf = (region: string) => CITY[region] ?? { name: region, plate: '京A' };

/** A licence plate of the region, e.g. `沪A·D1234`, the same for one waybill's trunk leg. */
export function plateFor(region: string, seed: string): string {
  let hash = 0;
  for (const c of seed) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return `${cityOf(region).plate}·${String.fromCharCode(65 + (hash % 26))}${String(hash % 10_000).padStart(4, '0')}`;
}

function placeOf(s: OpenShipment, status: Status): { code: string; name: string } {
  const from = cityOf(s.origin);
  const to = cityOf(s.destination);
  switch (status) {
    case 'picked-up':
      return {
        code: `${s.origin}-PICKUP`,
        name: `${from.name} ${s.shipperDistrict ?? ''} pickup`.replace(/\s+/g, ' '),
      };
    case 'departed':
      return { code: `HUB-${s.origin}`, name: `${from.name} hub` };
    case 'arrived-at-hub':
      return { code: `HUB-${s.destination}`, name: `${to.name} hub` };
    case 'out-for-delivery':
      return { code: `${s.destination}01`, name: `${to.name} branch` };
    case 'delivered':
      return {
        code: `${s.destination}-DROP`,
        name: `${to.name} ${s.consigneeDistrict ?? ''} delivery`.replace(/\s+/g, ' '),
      };
  }
}

/**
 * The steps still to come for one shipment, from after its current status to delivery; with
 * probability `exceptionRate` an exception on the road before it goes out for delivery.
 */
export function remainingSteps(
  s: OpenShipment,
  random: Random,
  exceptionRate = 0.05,
): PlannedStep[] {
  const from = s.status && s.status !== 'exception' ? JOURNEY.indexOf(s.status) + 1 : 0;
  const trunk = plateFor(s.origin, s.waybillNo);
  const van = plateFor(s.destination, `${s.waybillNo}/van`);
  const driver = { name: pick(DRIVERS, random) };
  const steps: PlannedStep[] = JOURNEY.slice(from).map((status) => ({
    waybillNo: s.waybillNo,
    status,
    place: placeOf(s, status),
    vehicle: { plate: status === 'out-for-delivery' || status === 'delivered' ? van : trunk },
    driver,
  }));
  const beforeDelivery = steps.findIndex((step) => step.status === 'out-for-delivery');
  if (beforeDelivery > 0 && random() < exceptionRate) {
    const exception = pick(EXCEPTIONS, random);
    steps.splice(beforeDelivery, 0, {
      ...steps[beforeDelivery - 1],
      status: 'exception',
      exception,
    });
  }
  return steps;
}

export interface Send {
  step: PlannedStep;
  /** index of the step in its shipment's journey: the later, the later it happened */
  sequence: number;
  /** send the same envelope (same id) a second time */
  twice: boolean;
}

/**
 * The order in which a partner's feed delivers one shipment's steps: mostly as they happened,
 * but with probability `swapRate` a step overtakes the one before it, and with probability
 * `duplicateRate` a message comes twice.
 */
export function deliveryOrder(
  steps: PlannedStep[],
  random: Random,
  swapRate = 0.1,
  duplicateRate = 0.05,
): Send[] {
  const sends = steps.map((step, sequence) => ({
    step,
    sequence,
    twice: random() < duplicateRate,
  }));
  for (let i = 1; i < sends.length; i++)
    if (random() < swapRate) [sends[i - 1], sends[i]] = [sends[i], sends[i - 1]];
  return sends;
}

/** A seeded random (mulberry32): the same seed plays the same show. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
