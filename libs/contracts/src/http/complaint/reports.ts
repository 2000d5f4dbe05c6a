import { z } from 'zod';
import { calendarDate, money } from '../../events/shared.schemas';
import { branchQuery } from '../common';
import { month } from './shared';

// R20 monthly complaint report, R23 satisfaction, R10 agent's day.

const tableFormat = z
  .enum(['json', 'csv', 'xlsx'])
  .default('json')
  .describe('json, csv (UTF-8 with BOM, opens in Excel) or xlsx');

export const complaintReportQuery = z.strictObject({ month, ...branchQuery, format: tableFormat });
export const complaintChartQuery = z.strictObject({
  month,
  ...branchQuery,
  format: z.enum(['svg', 'png']).default('svg'),
});
export const satisfactionQuery = z.strictObject({ month, ...branchQuery, format: tableFormat });
export const agentDayQuery = z.strictObject({
  date: calendarDate.describe('a day in Asia/Shanghai'),
  ...branchQuery,
  format: z.enum(['json', 'csv']).default('json'),
});

const minutes = z.number().nullable().describe('minutes; null when there is nothing to measure');

export const branchComplaintReport = z.object({
  branch: z.string(),
  complaints: z.object({
    total: z.number().int(),
    solvedOnCall: z.number().int(),
    important: z.number().int(),
    closed: z.number().int(),
    open: z.number().int(),
  }),
  byCause: z.array(z.object({ cause: z.string(), label: z.string(), count: z.number().int() })),
  firstReply: z.object({
    medianMinutes: minutes,
    p90Minutes: minutes,
    withinDeadline: z.number().int().describe('solved on the call, or first reply within 1 hour'),
    withinDeadlineShare: z.number().nullable().describe('0–1 of all complaints (R17)'),
  }),
  resolution: z.object({ medianMinutes: minutes, p90Minutes: minutes }),
  escalations: z.array(
    z.object({ level: z.number().int(), role: z.string(), count: z.number().int() }),
  ),
  repeatComplainants: z
    .array(
      z.object({
        customerId: z.string().nullable(),
        phone: z.string().nullable(),
        count: z.number().int(),
      }),
    )
    .describe('callers with two or more complaints in the month'),
  calls: z.object({
    total: z.number().int(),
    answeredWithinDeadline: z.number().int().describe('on the line, or within 5 / 30 minutes'),
    awaiting: z.number().int(),
  }),
  fines: z.object({ amount: money, lines: z.number().int(), waived: z.number().int() }),
  satisfaction: z.object({ answered: z.number().int(), average: z.number().nullable() }),
});

export const complaintReportView = z.object({
  month: z.string(),
  items: z.array(branchComplaintReport),
});

const scoreGroup = z.object({ answered: z.number().int(), average: z.number().nullable() });

export const satisfactionView = z.object({
  month: z.string(),
  items: z.array(
    scoreGroup.extend({
      branch: z.string(),
      byAgent: z.array(scoreGroup.extend({ agent: z.string() })),
      byCustomer: z.array(scoreGroup.extend({ customerId: z.string() })),
    }),
  ),
});

export const agentDayView = z.object({
  date: z.string(),
  items: z.array(
    z.object({
      branch: z.string(),
      agent: z.string(),
      calls: z.number().int(),
      callsByKind: z.record(z.string(), z.number().int()),
      inquiries: z.number().int().describe('quote inquiries recorded (order service)'),
      quotes: z.number().int().describe('inquiries answered with a quote'),
      orders: z.number().int().describe('orders placed'),
      complaints: z.number().int().describe('complaints registered, replied to or resolved'),
    }),
  ),
});
