import { screenJobs, whyUnservable } from './job-screening.rules';
import { at, job, van } from './plan-rules.fixtures';

const zone = 'Asia/Shanghai';
const truck = van({
  id: 'T1',
  name: 'Truck',
  weightCapacityKg: 5000,
  volumeCapacityM3: 40,
  dangerousGoodsPermit: true,
});

describe('issue 25 item 8: jobs no vehicle can serve, each with its reason', () => {
  it('R40: a job heavier than every vehicle is over capacity, with the largest vehicle named', () => {
    expect(
      whyUnservable(job('A:pickup', { weightKg: 12_000, volumeM3: 30 }), [van(), truck], zone),
    ).toEqual({
      jobId: 'A:pickup',
      waybillNo: 'A',
      kind: 'pickup',
      reason: 'over-capacity',
      detail: '12000 kg, 30 m³: the largest vehicle carries 5000 kg, the bulkiest 40 m³',
    });
  });

  it('R40: no coordinates, no fleet, no DG permit, a window no shift covers', () => {
    expect(whyUnservable(job('A:pickup', { location: null }), [van()], zone)?.reason).toBe(
      'no-coordinates',
    );
    expect(whyUnservable(job('A:pickup'), [], zone)?.reason).toBe('no-vehicles');
    expect(whyUnservable(job('A:pickup', { dangerousGoods: true }), [van()], zone)?.reason).toBe(
      'no-dangerous-goods-vehicle',
    );
    expect(
      whyUnservable(
        job('A:pickup', { window: { from: at('19:00'), to: at('21:00') } }),
        [van()],
        zone,
      ),
    ).toMatchObject({
      reason: 'outside-shifts',
      detail: 'its window 19:00–21:00 meets no shift of a vehicle that can carry it',
    });
  });

  it('R2 with R40: dangerous goods too heavy for the permitted vehicles are over capacity, even if a larger van exists', () => {
    const bigVan = van({ id: 'V9', weightCapacityKg: 9000 });
    expect(
      whyUnservable(
        job('A:pickup', { dangerousGoods: true, weightKg: 6000 }),
        [bigVan, truck],
        zone,
      )?.detail,
    ).toContain('the largest vehicle with a DG permit carries 5000 kg');
  });

  it('R40: everything else goes to the solver', () => {
    const screened = screenJobs(
      [job('A:pickup'), job('B:pickup', { location: null })],
      [van()],
      zone,
    );
    expect(screened.plannable.map((j) => j.id)).toEqual(['A:pickup']);
    expect(screened.unserved.map((u) => u.jobId)).toEqual(['B:pickup']);
  });
});
