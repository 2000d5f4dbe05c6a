import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, money, staffRef } from '../shared.schemas';

export const inquiryAnsweredV1Schema = z.object({
  inquiryId: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1).optional(),
  agent: staffRef.describe('who answered the customer (R10)'),
  outcome: z
    .enum(['quoted', 'declined', 'called-back'])
    .describe('R3: a quote sent, the inquiry declined, or a callback with its outcome'),
  quoteId: z.string().optional(),
  quoteTotal: money.optional(),
  answeredAt: instant,
  withinDeadline: z.boolean().describe('answered within the 8 hours (R3)'),
});

export const orderInquiryAnsweredV1 = defineEvent({
  type: 'order.inquiry.answered',
  version: 1,
  topic: serviceEventsTopic('order'),
  schema: inquiryAnsweredV1Schema,
  key: (data) => data.inquiryId,
  description: 'The customer got an answer to an inquiry (R3): its 8-hour clock stopped.',
  example: {
    inquiryId: 'INQ-SH-2025-000107',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    agent: { userId: 'u-agent-1', username: 'agent' },
    outcome: 'quoted',
    quoteId: 'QUO-SH-2025-000088',
    quoteTotal: { amountMinor: 220180, currency: 'CNY' },
    answeredAt: '2025-03-11T02:05:00Z',
    withinDeadline: true,
  },
});
