import type { StarCandidate, StarVote } from './star.entities';

// R22 service star of the month (每月服务标兵, "voted by staff and customers"): one vote per
// voter and month; the most votes wins; a tie goes to the one customers chose more often, then
// to the earlier nomination (decision 0054).

export interface Tally {
  candidate: StarCandidate;
  staffVotes: number;
  customerVotes: number;
  total: number;
}

export function tally(
  candidates: StarCandidate[],
  votes: Pick<StarVote, 'candidateId' | 'voterKind'>[],
): Tally[] {
  const tallies = candidates.map((candidate) => {
    const mine = votes.filter((v) => v.candidateId === candidate.id);
    const staffVotes = mine.filter((v) => v.voterKind === 'staff').length;
    const customerVotes = mine.length - staffVotes;
    return { candidate, staffVotes, customerVotes, total: mine.length };
  });
  return tallies.sort(
    (a, b) =>
      b.total - a.total ||
      b.customerVotes - a.customerVotes ||
      a.candidate.nominatedAt.getTime() - b.candidate.nominatedAt.getTime() ||
      a.candidate.username.localeCompare(b.candidate.username),
  );
}

/** The winner, or null when nobody got a vote. */
export function winnerOf(tallies: Tally[]): Tally | null {
  return tallies.length > 0 && tallies[0].total > 0 ? tallies[0] : null;
}

/** A customer's ballot works until a week after the month (late customers still count). */
export const BALLOT_GRACE_MS = 7 * 86_400_000;
