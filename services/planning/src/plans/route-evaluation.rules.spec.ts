import { at, job, lineMatrix, van } from './plan-rules.fixtures';
import { evaluateRoute } from './route-evaluation.rules';

describe('R40 a route evaluated from its stops', () => {
  it('R40: arrival times, load after each stop, km and empty km of a pickup round', () => {
    const { route, violations } = evaluateRoute(
      van(),
      [
        { job: job('A:pickup'), index: 1, pinned: false },
        { job: job('B:pickup', { weightKg: 300, volumeM3: 2 }), index: 2, pinned: true },
      ],
      lineMatrix(2),
    );
    expect(violations).toEqual([]);
    // leaves so as to reach the first window's opening (09:00) without waiting
    expect(route.departAt).toBe(at('08:40').toISOString());
    expect(
      route.stops.map((s) => [
        s.arrivalAt,
        s.departureAt,
        s.loadAfter.weightKg,
        s.kmFromPrevious,
        s.pinned,
      ]),
    ).toEqual([
      [at('09:00').toISOString(), at('09:15').toISOString(), 500, 10, false],
      [at('09:35').toISOString(), at('09:50').toISOString(), 800, 10, true],
    ]);
    expect(route.returnAt).toBe(at('10:30').toISOString());
    // 10 + 10 + 20 km; the first leg is driven empty
    expect({ km: route.km, emptyKm: route.emptyKm }).toEqual({ km: 40, emptyKm: 10 });
    expect(route.cost).toEqual({ amountMinor: 40 * 350 + 40_000, currency: 'CNY' });
  });

  it('R40: deliveries leave the depot loaded and come back empty', () => {
    const { route } = evaluateRoute(
      van(),
      [{ job: job('A:delivery', { kind: 'delivery' }), index: 1, pinned: false }],
      lineMatrix(1),
    );
    expect(route.startLoad).toEqual({ weightKg: 500, volumeM3: 4 });
    expect(route.stops[0].loadAfter).toEqual({ weightKg: 0, volumeM3: 0 });
    expect(route.emptyKm).toBe(10);
  });

  it('R40: names what breaks a rule — over capacity, late for a window, back after the shift', () => {
    const { violations } = evaluateRoute(
      van({ weightCapacityKg: 800, shiftEnd: at('09:30') }),
      [
        { job: job('A:pickup'), index: 1, pinned: false },
        {
          job: job('B:pickup', { window: { from: at('09:00'), to: at('09:10') } }),
          index: 2,
          pinned: false,
        },
      ],
      lineMatrix(2),
    );
    expect(violations).toEqual([
      'Van 1 reaches B (pickup) after its window closes',
      'Van 1 carries 1000 kg, 8 m³ after B: over its 800 kg, 16 m³',
      'Van 1 is back after its shift ends',
    ]);
  });

  it('R40: waits for a window that opens later', () => {
    const { route } = evaluateRoute(
      van(),
      [
        { job: job('A:pickup'), index: 1, pinned: false },
        {
          job: job('B:pickup', { window: { from: at('11:00'), to: at('12:00') } }),
          index: 2,
          pinned: false,
        },
      ],
      lineMatrix(2),
    );
    expect(route.stops[1]).toMatchObject({
      arrivalAt: at('09:35').toISOString(),
      startAt: at('11:00').toISOString(),
    });
  });
});
