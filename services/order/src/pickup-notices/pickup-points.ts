// R8 "where to collect": the self-pickup counter of each region of the rate table. The demo
// regions' counters (invented addresses); a deployment lists its own in PICKUP_POINTS (JSON,
// `{"SH": {"name": …, "address": …, "hours": …, "phone": …}}`).

export interface PickupPoint {
  name: string;
  address: string;
  hours: string;
  phone: string;
}

export const DEMO_PICKUP_POINTS: Record<string, PickupPoint> = {
  SH: {
    name: '上海枢纽自提点',
    address: '上海市闵行区华漕镇纪翟路 1000 号',
    hours: '08:30–18:00',
    phone: '021-55500100',
  },
  GZ: {
    name: '广州分公司自提点',
    address: '广州市白云区太和镇广从五路 200 号',
    hours: '08:30–18:00',
    phone: '020-55500200',
  },
  WH: {
    name: '武汉分公司自提点',
    address: '武汉市东西湖区走马岭街 88 号',
    hours: '08:30–18:00',
    phone: '027-55500300',
  },
};

/** The counter of the destination region, or the branch of the destination city when unlisted. */
export function pickupPointFor(
  points: Record<string, PickupPoint>,
  region: string,
  city: string,
): PickupPoint {
  return (
    points[region] ?? { name: `${city}营业部`, address: city, hours: '08:30–18:00', phone: '' }
  );
}
