import type { DemoDataContext } from '@freight/platform';
import { DateTime } from 'luxon';
import { DESK_ZONE } from '../shared/calendar';
import { CastVoteHandler } from '../star/cast-vote.handler';
import { NominateCandidateHandler } from '../star/nominate-candidate.handler';
import { StarVote } from '../star/star.entities';
import { DEMO_HQ_SERVICE, type DemoDesk } from './demo-cast';

const branchHex: Record<string, string> = { SH01: '1', GZ01: '2', WH01: '3' };

/** R22: this month's candidates of the branch (its two agents) and the first staff votes. */
export async function seedDemoStar(
  { get, dataSource }: DemoDataContext,
  desk: DemoDesk,
  now: Date,
) {
  const month = DateTime.fromJSDate(now, { zone: DESK_ZONE }).toFormat('yyyy-MM');
  const ids = desk.agents.map(
    (_, i) => `5a7e0000-000${branchHex[desk.branch]}-4000-8000-${month.replace('-', '')}00000${i}`,
  );
  for (const [i, agent] of desk.agents.entries())
    await get(NominateCandidateHandler).handle(
      {
        month,
        branch: desk.branch,
        staff: { username: agent.username },
        reason: '热情周到，回复及时 warm and quick on the phone',
      },
      desk.manager,
      { id: ids[i] },
    );
  for (const [voter, candidate] of [
    [desk.manager, ids[0]],
    [DEMO_HQ_SERVICE, ids[1]],
  ] as const) {
    const voted = await dataSource.manager.existsBy(StarVote, {
      branch: desk.branch,
      month,
      voterKind: 'staff',
      voter: voter.userId,
    });
    if (!voted) await get(CastVoteHandler).byStaff(candidate, voter);
  }
}
