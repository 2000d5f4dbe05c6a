import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ZodValidation } from '@freight/platform';
import { Calendar } from './calendar.entity';
import { CalendarExistsError, CalendarNotFoundError } from './calendar.errors';
import { calendarBody, newCalendarBody } from '@freight/contracts';

function calendarView(c: Calendar) {
  const { code, name, timeZone, weeklyHours, holidays, extraWorkingDays } = c;
  return { code, name, timeZone, weeklyHours, holidays, extraWorkingDays };
}

/**
 * Business calendars of the branches (R39). A change applies to deadlines armed, moved or
 * resumed afterwards; levels already scheduled keep their times (docs/scheduler.md).
 */
@Controller('calendars')
export class CalendarsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list() {
    const calendars = await this.dataSource
      .getRepository(Calendar)
      .find({ order: { code: 'ASC' } });
    return { items: calendars.map(calendarView) };
  }

  @Get(':code')
  async byCode(@Param('code') code: string) {
    const calendar = await this.dataSource.getRepository(Calendar).findOneBy({ code });
    if (!calendar) throw new CalendarNotFoundError(code);
    return calendarView(calendar);
  }

  @Post()
  async create(@Body(new ZodValidation(newCalendarBody)) body: z.output<typeof newCalendarBody>) {
    return this.dataSource.transaction(async (tx) => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO calendar (code, name, time_zone, weekly_hours, holidays, extra_working_days)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING code`,
        [
          body.code,
          body.name,
          body.timeZone,
          JSON.stringify(body.weeklyHours),
          JSON.stringify(body.holidays),
          JSON.stringify(body.extraWorkingDays),
        ],
      );
      if (inserted.length === 0) throw new CalendarExistsError(body.code);
      return calendarView((await tx.findOneBy(Calendar, { code: body.code }))!);
    });
  }

  /** Creates or replaces the branch's calendar (idempotent). */
  @Put(':code')
  async replace(
    @Param('code') code: string,
    @Body(new ZodValidation(calendarBody)) body: z.output<typeof calendarBody>,
  ) {
    await this.dataSource.query(
      `INSERT INTO calendar (code, name, time_zone, weekly_hours, holidays, extra_working_days)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO UPDATE SET name = $2, time_zone = $3, weekly_hours = $4,
         holidays = $5, extra_working_days = $6, updated_at = now()`,
      [
        code,
        body.name,
        body.timeZone,
        JSON.stringify(body.weeklyHours),
        JSON.stringify(body.holidays),
        JSON.stringify(body.extraWorkingDays),
      ],
    );
    return this.byCode(code);
  }
}
