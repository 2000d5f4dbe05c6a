import type { DemoDataContext } from '@freight/platform';
import { AnswerCallHandler } from '../calls/answer-call.handler';
import { LogCallHandler } from '../calls/log-call.handler';
import type { DemoDesk } from './demo-cast';
import type { PlannedCall } from './demo-month';

const SUMMARIES: Record<PlannedCall['kind'], string> = {
  inquiry: '询价 rates for 2 t to the other branches',
  'cargo-lookup': '查货 where is my shipment?',
  complaint: '投诉 the driver was rude',
  internal: '仓库 pallet count for tomorrow’s line',
  other: '发票 copy of last month’s invoice',
};

/** R15/R16/R12: one planned call through the use cases (answered now, later, or not yet). */
export async function logDemoCall(
  { get }: DemoDataContext,
  desk: DemoDesk,
  planned: PlannedCall,
): Promise<void> {
  const customer = desk.customers[planned.customerIndex];
  const agent = desk.agents[planned.agentIndex];
  const internal = planned.kind === 'internal';
  await get(LogCallHandler).handle(
    {
      branch: desk.branch,
      kind: planned.kind,
      caller: internal
        ? { name: '仓库 warehouse desk' }
        : { name: customer.contact.name, phone: customer.contact.phone },
      ...(internal ? {} : { customerId: customer.customerId }),
      summary: SUMMARIES[planned.kind],
      startedAt: planned.at.toISOString(),
      endedAt: new Date(planned.at.getTime() + 4 * 60_000).toISOString(),
      answeredOnCall: planned.answerAfter === 0,
      important: false,
      ...(planned.kind === 'cargo-lookup'
        ? {
            cargo: {
              shipDate: new Date(planned.at.getTime() - 3 * 86_400_000).toISOString().slice(0, 10),
              ...(planned.waybillNo ? { waybillNo: planned.waybillNo } : {}),
              origin: desk.branch.slice(0, 2),
              destination: desk.branch === 'SH01' ? 'WH' : 'SH',
              packaging: customer.cargo.packaging,
              cargoFeatures: customer.cargo.description,
              shortage: planned.customerIndex % 2 === 0 ? '2 件短少 two pieces short' : undefined,
            },
          }
        : {}),
    },
    agent,
    { id: planned.id, at: planned.at },
  );
  if (planned.answerAfter)
    await get(AnswerCallHandler).handle(
      planned.id,
      '已回复 called back with the answer',
      agent,
      new Date(planned.at.getTime() + planned.answerAfter * 60_000),
    );
}
