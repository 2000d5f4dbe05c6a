import type { DemoDataContext } from '@freight/platform';
import { Call } from '../calls/call.entity';
import { Complaint } from '../complaints/complaint.entity';
import { Desk } from '../desk/desk.entity';
import { DEFAULT_LADDERS } from '../desk/desk.rules';
import { SetDeskHandler } from '../desk/set-desk.handler';
import { DEMO_DESKS, DEMO_HQ_SERVICE, type DemoDesk } from './demo-cast';
import { logDemoCall } from './demo-calls';
import { playComplaint } from './demo-complaints';
import { plannedCalls, plannedComplaints } from './demo-month';
import { seedDemoStar } from './demo-star';

const strip = (levels: { role: never; after: string }[]) =>
  levels.map(({ role, after }) => ({ role, after }));

/**
 * The complaint desks' demo month (npm start): each branch's roster and ladders, a month of
 * calls and complaints of the demo cast's customers — handled in time, late, or still climbing
 * — the fines they earned, answered surveys and this month's service-star vote. Everything goes
 * through the use cases (so its events flow), with fixed ids: what exists is skipped. Customers
 * are named by id and phone, so nothing waits for the order service's events.
 */
export async function seedComplaintDesk(context: DemoDataContext): Promise<void> {
  const { dataSource, clock } = context;
  const now = clock.now();
  for (const desk of DEMO_DESKS) {
    await rosterOf(context, desk);
    for (const call of plannedCalls(desk, now))
      if (!(await dataSource.manager.existsBy(Call, { id: call.id })))
        await logDemoCall(context, desk, call);
    for (const complaint of plannedComplaints(desk, now))
      if (!(await dataSource.manager.existsBy(Complaint, { id: complaint.id })))
        await playComplaint(context, desk, complaint, now);
    await seedDemoStar(context, desk, now);
  }
}

/** R17: whom escalations reassign to, per branch; the company's ladders. */
async function rosterOf({ dataSource, get }: DemoDataContext, desk: DemoDesk): Promise<void> {
  if (await dataSource.manager.existsBy(Desk, { branch: desk.branch })) return; // HQ's changes stay
  await get(SetDeskHandler).handle(
    desk.branch,
    {
      ladders: {
        callAnswer: strip(DEFAULT_LADDERS.callAnswer as never),
        internalCall: strip(DEFAULT_LADDERS.internalCall as never),
        complaintReply: strip(DEFAULT_LADDERS.complaintReply as never),
      },
      people: [
        { role: 'branch-manager', username: desk.manager.username },
        { role: 'hq-service', username: DEMO_HQ_SERVICE.username },
      ],
    },
    'demo-data',
  );
}
