import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, dangerousGoodsClass, instant, staffRef } from '../shared.schemas';

export const inquiryReceivedV1Schema = z.object({
  inquiryId: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1).optional().describe('when the inquirer is a known customer'),
  company: z.string().min(1),
  contact: z.object({
    name: z.string().min(1),
    phone: z.string().optional(),
    email: z.string().optional(),
  }),
  agent: staffRef.describe('the agent who recorded it (R10)'),
  dangerousGoodsClass,
  important: z.boolean().describe('R19: reported to the manager at once'),
  receivedAt: instant,
  answerDueAt: instant.describe('R3: the customer is answered within 8 hours'),
  // Added in v1 (additive, optional): the 8 hours count on the branch's business calendar,
  // which only the scheduler knows; its deadline holds the exact due (decision 0042).
  deadlineId: z
    .string()
    .min(1)
    .optional()
    .describe(
      'the R3 deadline on the scheduler (GET /api/v1/deadlines/{id}): its `dueAt` is the business-hours due; `answerDueAt` is the earliest it can be',
    ),
});

export const orderInquiryReceivedV1 = defineEvent({
  type: 'order.inquiry.received',
  version: 1,
  topic: serviceEventsTopic('order'),
  schema: inquiryReceivedV1Schema,
  key: (data) => data.inquiryId,
  description: 'An agent recorded a quote inquiry (R2); its 8-hour answer clock runs (R3).',
  example: {
    inquiryId: 'INQ-SH-2025-000107',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    company: '湖北精细化工有限公司',
    contact: { name: '王芳', phone: '13800138000' },
    agent: { userId: 'u-agent-1', username: 'agent' },
    dangerousGoodsClass: '3',
    important: false,
    receivedAt: '2025-03-11T01:20:00Z',
    answerDueAt: '2025-03-11T09:20:00Z',
    deadlineId: 'quote-inquiry:INQ-SH-2025-000107:answer',
  },
});
