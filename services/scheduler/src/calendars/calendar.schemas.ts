import { IANAZone } from 'luxon';
import { z } from 'zod';
import { isTimeOfDay, WEEKDAYS, Weekday } from './business-calendar.rules';

export const timeZone = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), 'expected an IANA time zone, e.g. Asia/Shanghai');

const timeOfDay = z.string().refine(isTimeOfDay, 'expected HH:MM (00:00–24:00)');

const workingHours = z
  .strictObject({ from: timeOfDay, to: timeOfDay })
  .refine((h) => h.from < h.to, { message: 'a stretch must end after it starts', path: ['to'] });

const localDate = z.iso.date();

const weeklyHours = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(workingHours)])) as Record<
    Weekday,
    z.ZodArray<typeof workingHours>
  >,
);

/** PUT /calendars/:code — a branch's business calendar (R39). */
export const calendarBody = z.strictObject({
  name: z.string().min(1),
  timeZone,
  weeklyHours,
  holidays: z.array(localDate).default([]),
  extraWorkingDays: z
    .array(z.strictObject({ date: localDate, hours: z.array(workingHours).min(1) }))
    .default([]),
});

/** POST /calendars — the same, naming the branch. */
export const newCalendarBody = calendarBody.extend({ code: z.string().regex(/^[A-Z0-9-]{2,16}$/) });

export type CalendarBody = z.output<typeof calendarBody>;
