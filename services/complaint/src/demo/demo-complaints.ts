import type { DemoDataContext } from '@freight/platform';
import { RecordFaultHandler } from '../complaints/record-fault.handler';
import { RegisterComplaintHandler } from '../complaints/register-complaint.handler';
import { ReplyComplaintHandler } from '../complaints/reply-complaint.handler';
import { ResolveComplaintHandler } from '../complaints/resolve-complaint.handler';
import type { ComplaintOutcome } from '../complaints/register-complaint.handler';
import { EscalateComplaintHandler } from '../escalations/escalate-complaint.handler';
import { SurveyAnswersHandler } from '../surveys/survey-answers.handler';
import { SurveyExpired } from '../surveys/survey.errors';
import { DEMO_HQ_SERVICE, type DemoDesk } from './demo-cast';
import type { PlannedComplaint } from './demo-month';

const MIN = 60_000;
const later = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MIN);

/**
 * R17/R18/R21/R23: one planned complaint through the use cases. A climb that happened in the
 * past is played as the scheduler's escalations of those hours (the scheduler, armed with a due
 * time long gone, sends the same ones; they find the levels reached and change nothing).
 */
export async function playComplaint(
  context: DemoDataContext,
  desk: DemoDesk,
  planned: PlannedComplaint,
  now: Date,
): Promise<void> {
  const { get } = context;
  const customer = desk.customers[planned.customerIndex];
  const agent = desk.agents[0];
  const solved = planned.story === 'solved-on-call';
  const registered = await get(RegisterComplaintHandler).handle(
    {
      branch: desk.branch,
      caller: { name: customer.contact.name, phone: customer.contact.phone },
      customerId: customer.customerId,
      cause: planned.cause,
      description: `${customer.company}: ${planned.cause.replace('-', ' ')}`,
      customerRequest: '尽快处理并回复 put it right and call back',
      important: planned.important,
      solvedOnCall: solved,
      ...(solved ? { result: '当场解决 sorted out on the call' } : {}),
    },
    agent,
    { id: planned.id, at: planned.at },
  );
  let survey = registered.survey;
  const climb = planned.story === 'climbed-to-hq' ? 3 : planned.story === 'replied-late' ? 1 : 0;
  for (let level = 1; level <= climb; level++)
    await escalate(context, registered, level, later(planned.at, [60, 120, 300][level - 1]));
  const replyAfter = { 'replied-in-time': 25, 'replied-late': 70, 'climbed-to-hq': 330 }[
    planned.story as string
  ];
  if (replyAfter !== undefined) {
    const replier = planned.story === 'climbed-to-hq' ? DEMO_HQ_SERVICE : agent;
    await get(ReplyComplaintHandler).handle(
      planned.id,
      { text: '已安排处理 arranged, we call back tomorrow', channel: 'phone' },
      replier,
      later(planned.at, replyAfter),
    );
    const resolved = await get(ResolveComplaintHandler).handle(
      planned.id,
      {
        result: '已解决 resolved',
        customerOpinion: {
          verdict: planned.surveyScore && planned.surveyScore < 3 ? 'dissatisfied' : 'satisfied',
        },
      },
      agent,
      later(planned.at, 24 * 60),
    );
    survey = resolved.survey;
  }
  if (planned.atFault.length > 0)
    await get(RecordFaultHandler).handle(
      planned.id,
      {
        staff: planned.atFault.map((i) => ({ username: desk.atFault[i], name: null })),
        note: '经查属实 established by the branch manager',
      },
      desk.manager,
      later(planned.at, 2 * 24 * 60),
    );
  if (survey && planned.surveyScore !== null && survey.survey.expiresAt > now) {
    const token = survey.link.split('/').pop()!;
    await get(SurveyAnswersHandler)
      .answer(token, { score: planned.surveyScore })
      .catch((error) => {
        if (!(error instanceof SurveyExpired)) throw error;
      });
  }
}

/** The scheduler's escalation of one level of the complaint's first round, as it would send it. */
function escalate(
  context: DemoDataContext,
  { complaint }: ComplaintOutcome,
  level: number,
  raisedAt: Date,
) {
  const rung = complaint.ladder[level - 1];
  return context.get(EscalateComplaintHandler).handle({
    deadlineId: `complaint:${complaint.id}:reply:1`,
    rule: 'R17',
    subject: { type: 'complaint', id: complaint.id, branch: complaint.branch },
    level,
    role: rung.role,
    dueAt: later(complaint.registeredAt, 60).toISOString(),
    raisedAt: raisedAt.toISOString(),
    finalLevel: level === complaint.ladder.length,
    payload: {},
  });
}
