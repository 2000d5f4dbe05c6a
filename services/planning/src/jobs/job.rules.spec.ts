import { exampleOrder } from '@freight/contracts';
import { deliveryWindow, jobsOfOrder, JobSettings, OrderSnapshot } from './job.rules';

const settings: JobSettings = {
  regionBranches: { SH: 'SH01', WH: 'WH01' },
  deliveryDayStart: '09:00',
  timeZone: 'Asia/Shanghai',
};
const order = (changes: Partial<OrderSnapshot> = {}): OrderSnapshot =>
  ({ ...exampleOrder, ...changes }) as OrderSnapshot;

describe('R40 jobs of an order', () => {
  it('R40: a door order gives its branch a pickup at the shipper and the destination branch a delivery at the consignee', () => {
    const [pickup, delivery] = jobsOfOrder(order(), settings);
    expect(pickup).toMatchObject({
      id: 'SH0000000422:pickup',
      branch: 'SH01',
      kind: 'pickup',
      lat: 31.2,
      lng: 121.6,
      weightKg: '860',
      volumeM3: '2.4',
      dangerousGoodsClass: '3',
      windowFrom: new Date('2025-03-12T01:00:00Z'),
      windowTo: new Date('2025-03-12T05:00:00Z'),
      planDate: '2025-03-12',
      address: '上海市浦东新区张江路 88 号',
    });
    // the consignee's address has no coordinates: the job exists, the plan will say why it is not served
    expect(delivery).toMatchObject({
      id: 'SH0000000422:delivery',
      branch: 'WH01',
      kind: 'delivery',
      lat: null,
      planDate: '2025-03-15',
    });
  });

  it('R40: self-pickup at the destination needs no vehicle there; an unknown region gives no delivery', () => {
    expect(
      jobsOfOrder(order({ deliveryMode: 'self-pickup' }), settings).map((j) => j.kind),
    ).toEqual(['pickup']);
    expect(
      jobsOfOrder(order({ lane: { origin: 'SH', destination: 'CD' } }), settings).map(
        (j) => j.kind,
      ),
    ).toEqual(['pickup']);
  });

  it('R40: the pickup is planned on the local day its window opens (early morning UTC is the same Shanghai day)', () => {
    const [pickup] = jobsOfOrder(
      order({ pickupWindow: { from: '2025-03-11T17:00:00Z', to: '2025-03-12T02:00:00Z' } }),
      settings,
    );
    expect(pickup.planDate).toBe('2025-03-12');
  });

  it('R40: a door delivery runs from 09:00 on the promised day until the promised time', () => {
    expect(deliveryWindow(new Date('2025-03-15T06:00:00Z'), settings)).toEqual({
      from: new Date('2025-03-15T01:00:00Z'),
      to: new Date('2025-03-15T06:00:00Z'),
      date: '2025-03-15',
    });
  });

  it('R40: a promise before the delivery day starts leaves the hour before it (no shift covers it: reported)', () => {
    expect(deliveryWindow(new Date('2025-03-14T23:30:00Z'), settings)).toEqual({
      from: new Date('2025-03-14T22:30:00Z'),
      to: new Date('2025-03-14T23:30:00Z'),
      date: '2025-03-15',
    });
  });
});
