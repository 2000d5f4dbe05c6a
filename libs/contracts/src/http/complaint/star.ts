import { z } from 'zod';
import { branchQuery, listOf } from '../common';
import { branchCode, instant, month, staffMember, text } from './shared';

// R22 service star of the month (每月服务标兵): per branch, voted by staff and customers.

export const starCandidateBody = z.strictObject({
  month,
  branch: branchCode.describe('yours when left out (branch users)'),
  staff: staffMember,
  reason: text(500).describe('why they are nominated'),
});

export const starCandidateView = z.object({
  id: z.string(),
  month: z.string(),
  branch: z.string(),
  staff: z.object({ username: z.string(), name: z.string().nullable() }),
  reason: z.string(),
  nominatedBy: z.string(),
  nominatedAt: instant,
});

export const starMonthQuery = z.strictObject({ month, ...branchQuery });
export const starWinnersQuery = z.strictObject({ ...branchQuery });
export const starCandidates = listOf(starCandidateView);

/** POST /star-candidates/{id}/votes: a member of staff votes (once a month per branch). */
export const starStaffVoteBody = z.strictObject({});
export const starVoteView = z.object({
  month: z.string(),
  branch: z.string(),
  candidateId: z.string(),
  voter: z.enum(['staff', 'customer']),
  votedAt: instant,
});

/** POST /star-ballots: a tokenised link for one customer's vote. */
export const starBallotBody = z.strictObject({
  month,
  branch: branchCode.describe('yours when left out (branch users)'),
  customerId: z.string().trim().min(1).max(50),
});
export const starBallotView = z.object({
  id: z.string(),
  month: z.string(),
  branch: z.string(),
  customerId: z.string(),
  link: z.string().describe('shown once: give it to the customer'),
  expiresAt: instant,
});

/** What a customer sees behind the link: the month's candidates and nothing else. */
export const publicBallotView = z.object({
  month: z.string(),
  candidates: z.array(z.object({ id: z.string(), name: z.string() })),
  expiresAt: instant,
});
export const publicVoteBody = z.strictObject({ candidateId: z.uuid() });
export const publicVoteView = z.object({ votedAt: instant, thanks: z.string() });

export const starResultView = z.object({
  month: z.string(),
  branch: z.string(),
  state: z.enum(['open', 'closed']),
  candidates: z.array(
    z.object({
      id: z.string(),
      staff: z.object({ username: z.string(), name: z.string().nullable() }),
      staffVotes: z.number().int(),
      customerVotes: z.number().int(),
      total: z.number().int(),
    }),
  ),
  winner: z.object({ username: z.string(), name: z.string().nullable() }).nullable(),
  closedAt: instant.nullable(),
});
export const starResults = listOf(starResultView);
