import { z } from 'zod';
import { deadlinePayload, escalationLevel } from '../events/scheduler/scheduler.schemas';
import { calendarDate, instant, staffRole } from '../events/shared.schemas';
import { branchQuery, listOf, timeZone } from './common';

// The scheduler's internal HTTP API as the gateway forwards and documents it (R39).

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const timeOfDay = z.string().regex(TIME_OF_DAY, 'expected HH:MM (00:00–24:00)');

const workingHours = z
  .strictObject({ from: timeOfDay, to: timeOfDay })
  .refine((h) => h.from < h.to, { message: 'a stretch must end after it starts', path: ['to'] });

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const weeklyHours = z.strictObject({
  mon: z.array(workingHours),
  tue: z.array(workingHours),
  wed: z.array(workingHours),
  thu: z.array(workingHours),
  fri: z.array(workingHours),
  sat: z.array(workingHours),
  sun: z.array(workingHours),
});

/** PUT /calendars/{code}: a branch's business calendar (R39). */
export const calendarBody = z.strictObject({
  name: z.string().min(1).max(100),
  timeZone,
  weeklyHours,
  holidays: z.array(calendarDate).default([]).describe('public holidays: no working time'),
  extraWorkingDays: z
    .array(z.strictObject({ date: calendarDate, hours: z.array(workingHours).min(1) }))
    .default([])
    .describe('make-up working days (调休) that fall on weekends'),
});

/** POST /calendars: the same, naming the branch. */
export const newCalendarBody = calendarBody.extend({
  code: z.string().regex(/^[A-Z0-9-]{2,16}$/, 'expected a branch code such as SH01'),
});

export const calendarView = z.object({
  code: z.string(),
  name: z.string(),
  timeZone: z.string(),
  weeklyHours: z.record(z.string(), z.array(z.object({ from: z.string(), to: z.string() }))),
  holidays: z.array(z.string()),
  extraWorkingDays: z.array(
    z.object({ date: z.string(), hours: z.array(z.object({ from: z.string(), to: z.string() })) }),
  ),
});

export const deadlineView = z.object({
  id: z.string(),
  rule: z.string(),
  subject: z.object({ type: z.string(), id: z.string(), branch: z.string() }),
  calendar: z.record(z.string(), z.unknown()),
  state: z.enum(['armed', 'paused', 'escalated', 'completed', 'cancelled']),
  dueAt: instant,
  nextLevel: z.number().int().nullable(),
  nextFireAt: instant.nullable(),
  nextRole: z.string().nullable(),
  escalatedRole: z.string().nullable(),
  pausedRemainingMs: z.number().nullable(),
  ladder: z.array(escalationLevel.extend({ fireAt: instant, firedAt: instant.optional() })),
  payload: deadlinePayload,
});

export const deadlineHistoryEntry = z.object({
  seq: z.number().int(),
  kind: z.string().describe('armed, moved, paused, resumed, level-fired, completed, cancelled'),
  at: instant,
  details: z.record(z.string(), z.unknown()),
});

/** GET /deadlines: a subject's deadlines, in the caller's branch. */
export const subjectDeadlinesQuery = z.strictObject({
  subjectType: z.string().min(1).max(100),
  subjectId: z.string().min(1).max(200),
  ...branchQuery,
});

/** GET /queues/{branch}/{role}: what is due soon, `dueSoonWithin` ahead. */
export const queueQuery = z.strictObject({
  dueSoonWithin: z
    .string()
    .regex(
      /^P(?!$)(\d+D)?(T(?=\d)(\d{1,4}H)?(\d{1,6}M)?(\d{1,8}S)?)?$/,
      'expected an ISO 8601 duration up to days, e.g. PT2H',
    )
    .refine((d) => !/^P\d{4,}D/.test(d), 'at most 999 days')
    .default('PT1H'),
});

export const queueView = z.object({
  asOf: instant,
  overdue: z.array(deadlineView),
  dueSoon: z.array(deadlineView),
});

export const SchedulerHttp = {
  calendarBody,
  newCalendarBody,
  calendarView,
  calendars: listOf(calendarView),
  deadlineView,
  deadlines: listOf(deadlineView),
  deadlineHistory: listOf(deadlineHistoryEntry),
  subjectDeadlinesQuery,
  queueQuery,
  queueView,
  role: staffRole,
};
