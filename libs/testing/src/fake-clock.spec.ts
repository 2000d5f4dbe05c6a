import { FakeClock } from './fake-clock';

describe('FakeClock', () => {
  it('starts at a fixed instant unless given one', () => {
    expect(new FakeClock().now().toISOString()).toBe('2025-01-06T08:00:00.000Z');
    expect(new FakeClock('2030-02-03T04:05:06.000Z').now().toISOString()).toBe(
      '2030-02-03T04:05:06.000Z',
    );
  });

  it('stands still until advanced', () => {
    const clock = new FakeClock();
    const first = clock.now();
    expect(clock.now()).toEqual(first);
    clock.advance(90 * 60_000);
    expect(clock.now().toISOString()).toBe('2025-01-06T09:30:00.000Z');
  });

  it('set() jumps to any instant, also backwards', () => {
    const clock = new FakeClock();
    clock.set(new Date('2024-12-31T23:59:59.000Z'));
    expect(clock.now().toISOString()).toBe('2024-12-31T23:59:59.000Z');
  });

  it('hands out copies, so callers cannot move it by mutating a Date', () => {
    const clock = new FakeClock();
    clock.now().setFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2025);
  });

  it('rejects negative or invalid input', () => {
    const clock = new FakeClock();
    expect(() => clock.advance(-1)).toThrow(/non-negative/);
    expect(() => clock.advance(Number.NaN)).toThrow(/non-negative/);
    expect(() => clock.set('not a date')).toThrow(/not a valid instant/);
  });
});
