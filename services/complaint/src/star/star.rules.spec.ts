import type { StarCandidate } from './star.entities';
import { tally, winnerOf } from './star.rules';

const candidate = (id: string, nominatedAt: string) =>
  ({ id, username: id, nominatedAt: new Date(nominatedAt) }) as StarCandidate;
const votes = (id: string, staff: number, customers: number) => [
  ...Array.from({ length: staff }, () => ({ candidateId: id, voterKind: 'staff' as const })),
  ...Array.from({ length: customers }, () => ({ candidateId: id, voterKind: 'customer' as const })),
];

describe('R22 service star of the month', () => {
  const a = candidate('a', '2026-03-02T00:00:00Z');
  const b = candidate('b', '2026-03-01T00:00:00Z');
  const c = candidate('c', '2026-03-03T00:00:00Z');

  it('R22: staff and customer votes count alike; the most votes wins', () => {
    const result = tally(
      [a, b, c],
      [...votes('a', 2, 3), ...votes('b', 4, 0), ...votes('c', 0, 1)],
    );
    expect(result.map((t) => [t.candidate.id, t.staffVotes, t.customerVotes, t.total])).toEqual([
      ['a', 2, 3, 5],
      ['b', 4, 0, 4],
      ['c', 0, 1, 1],
    ]);
    expect(winnerOf(result)?.candidate.id).toBe('a');
  });

  it('R22: a tie goes to the customers’ choice, then to the earlier nomination', () => {
    expect(winnerOf(tally([a, b], [...votes('a', 1, 2), ...votes('b', 2, 1)]))?.candidate.id).toBe(
      'a',
    );
    expect(winnerOf(tally([a, b], [...votes('a', 1, 1), ...votes('b', 1, 1)]))?.candidate.id).toBe(
      'b',
    );
  });

  it('R22: nobody voted for, nobody elected', () => {
    expect(winnerOf(tally([a, b], []))).toBeNull();
  });
});
