import { EventData, staffAlert } from '@freight/contracts';
import type { Answer, Inquiry } from './inquiry.entity';
import type { Quote } from './quote.entity';

// What the inquiry desk tells the other services: complaint's agent's day (R10) counts these.

export function inquiryReceived(inquiry: Inquiry) {
  const data: EventData<'order.inquiry.received'> = {
    inquiryId: inquiry.inquiryId,
    branch: inquiry.branch,
    ...(inquiry.customerId ? { customerId: inquiry.customerId } : {}),
    company: inquiry.company,
    contact: inquiry.contact,
    agent: inquiry.receivedBy,
    dangerousGoodsClass: inquiry.cargo.dangerousGoodsClass,
    important: inquiry.important,
    receivedAt: inquiry.receivedAt.toISOString(),
    // the earliest the business-hours due can be; the deadline holds the exact one (decision 0042)
    answerDueAt: new Date(inquiry.receivedAt.getTime() + 8 * 3_600_000).toISOString(),
    deadlineId: inquiry.deadlineId,
  };
  return { type: 'order.inquiry.received' as const, branch: inquiry.branch, data };
}

export function inquiryAnswered(inquiry: Inquiry, answer: Answer, quote?: Quote) {
  const data: EventData<'order.inquiry.answered'> = {
    inquiryId: inquiry.inquiryId,
    branch: inquiry.branch,
    ...(inquiry.customerId ? { customerId: inquiry.customerId } : {}),
    agent: answer.by,
    outcome: answer.outcome,
    ...(quote ? { quoteId: quote.quoteId, quoteTotal: quote.price.total } : {}),
    answeredAt: answer.at,
    withinDeadline: answer.withinDeadline,
  };
  return { type: 'order.inquiry.answered' as const, branch: inquiry.branch, data };
}

/** R19: an important inquiry is reported to the branch manager at once. */
export function importantInquiryAlert(inquiry: Inquiry, at: Date) {
  const { cargo } = inquiry;
  return staffAlert('order', {
    alertId: `quote-inquiry:${inquiry.inquiryId}:important`,
    rule: 'R19',
    kind: 'important-inquiry',
    subject: { type: 'quote-inquiry', id: inquiry.inquiryId, branch: inquiry.branch },
    roles: ['branch-manager'],
    title: `Important inquiry: ${inquiry.company} — ${cargo.description}, ${cargo.weightKg} kg, ${inquiry.origin.city}→${inquiry.destination.city}`,
    detail:
      `recorded by ${inquiry.receivedBy.username}; contact ${inquiry.contact.name} ${inquiry.contact.phone ?? inquiry.contact.email ?? ''}`.trim(),
    raisedAt: at.toISOString(),
    data: {
      inquiryId: inquiry.inquiryId,
      company: inquiry.company,
      assignedTo: inquiry.assignedTo,
    },
  });
}
