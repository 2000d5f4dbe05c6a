import type { z } from 'zod';
import type { ComplaintHttp } from '@freight/contracts';
import type { Call } from './call.entity';

type CallView = z.input<typeof ComplaintHttp.callView>;

/** The order a cargo-lookup call asked about, when the order service has published it (R12). */
export interface LinkedOrder {
  orderId: string;
  waybillNo: string;
  customerId: string;
  origin: string;
  destination: string;
  placedAt: Date;
  cancelled: boolean;
}

export function callView(call: Call, company: string | null, order: LinkedOrder | null): CallView {
  return {
    id: call.id,
    branch: call.branch,
    kind: call.kind,
    caller: { name: call.callerName, phone: call.callerPhone },
    customer: call.customerId ? { customerId: call.customerId, company } : null,
    agent: { userId: call.agentId, username: call.agent, role: call.agentRole },
    summary: call.summary,
    outcome: call.outcome,
    startedAt: call.startedAt.toISOString(),
    endedAt: call.endedAt?.toISOString() ?? null,
    important: call.important,
    passedToManager: call.passedToManager,
    answer: {
      state: call.answerState,
      dueAt: call.answerDueAt?.toISOString() ?? null,
      answeredAt: call.answeredAt?.toISOString() ?? null,
      answeredBy: call.answeredBy,
      text: call.answer,
      withinDeadline:
        call.answerState === 'answered-on-call'
          ? true
          : call.answeredAt && call.answerDueAt
            ? call.answeredAt <= call.answerDueAt
            : null,
    },
    assignee: {
      role: call.assigneeRole as CallView['assignee']['role'],
      username: call.assignee,
      level: call.level,
    },
    cargo: call.cargo
      ? {
          ...call.cargo,
          order: order ? { ...order, placedAt: order.placedAt.toISOString() } : null,
        }
      : null,
    complaintId: call.complaintId,
  };
}
