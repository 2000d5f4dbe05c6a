import type { DemoDataContext } from '@freight/platform';
import type { WeeklyHours, WorkingHours } from './business-calendar.rules';

const OFFICE_HOURS: WorkingHours[] = [{ from: '09:00', to: '18:00' }];

/** Monday to Friday, 09:00–18:00 local time. */
const WEEKDAYS_NINE_TO_SIX: WeeklyHours = {
  mon: OFFICE_HOURS,
  tue: OFFICE_HOURS,
  wed: OFFICE_HOURS,
  thu: OFFICE_HOURS,
  fri: OFFICE_HOURS,
  sat: [],
  sun: [],
};

// The gateway's demo branches (codes shared by value only).
const DEMO_CALENDARS = [
  { code: 'SH01', name: 'Shanghai Hub office hours', timeZone: 'Asia/Shanghai' },
  { code: 'GZ01', name: 'Guangzhou Branch office hours', timeZone: 'Asia/Shanghai' },
  { code: 'HQ', name: 'Headquarters office hours', timeZone: 'Asia/Shanghai' },
];

/** One calendar per demo branch; a calendar already there is left as it is. */
export async function seedDemoCalendars({ dataSource }: DemoDataContext): Promise<void> {
  for (const c of DEMO_CALENDARS) {
    await dataSource.query(
      `INSERT INTO calendar (code, name, time_zone, weekly_hours) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO NOTHING`,
      [c.code, c.name, c.timeZone, JSON.stringify(WEEKDAYS_NINE_TO_SIX)],
    );
  }
}
