import { dispatchTrackingRecordedV1 } from '@freight/contracts';
import { deliveryOrder, plateFor, remainingSteps, seededRandom } from './dispatch-plan';

const shipment = {
  waybillNo: 'SH0000000422',
  origin: 'SH',
  destination: 'WH',
  consigneeDistrict: '江汉区',
};

describe('the dispatch simulator’s plan (issue 22 item 7)', () => {
  it('R11: an open shipment goes from where it is to delivered, by the lane’s places and plates', () => {
    const steps = remainingSteps({ ...shipment, status: 'departed' }, seededRandom(1), 0);
    expect(steps.map((s) => [s.status, s.place.name])).toEqual([
      ['arrived-at-hub', 'Wuhan hub'],
      ['out-for-delivery', 'Wuhan branch'],
      ['delivered', 'Wuhan 江汉区 delivery'],
    ]);
    expect(steps[0].vehicle.plate).toMatch(/^沪A·[A-Z]\d{4}$/);
    expect(steps[2].vehicle.plate).toMatch(/^鄂A·/);
    expect(plateFor('SH', 'x')).toBe(plateFor('SH', 'x'));
  });

  it('R13: sometimes an exception on the road, before it goes out for delivery', () => {
    const steps = remainingSteps(shipment, seededRandom(1), 1);
    const statuses = steps.map((s) => s.status);
    expect(statuses.indexOf('exception')).toBe(statuses.indexOf('out-for-delivery') - 1);
    expect(steps.find((s) => s.exception)?.exception?.note).toBeTruthy();
  });

  it('R42: every planned step is a valid dispatch.tracking.recorded message', () => {
    for (const step of remainingSteps(shipment, seededRandom(7), 1))
      expect(
        dispatchTrackingRecordedV1.schema.safeParse({ ...step, occurredAt: '2025-03-12T01:00:00Z' })
          .success,
      ).toBe(true);
  });

  it('R11: like a real feed, some steps overtake the one before, some come twice', () => {
    const steps = remainingSteps(shipment, seededRandom(3), 0);
    const always = deliveryOrder(steps, () => 0, 1, 1);
    expect(always.map((s) => s.sequence)).toEqual([1, 2, 3, 4, 0]);
    expect(always.every((s) => s.twice)).toBe(true);
    expect(deliveryOrder(steps, () => 0.99).map((s) => s.sequence)).toEqual([0, 1, 2, 3, 4]);
  });
});
