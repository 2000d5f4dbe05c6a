import { DEMO_BRANCHES, DEMO_HQ } from '@freight/contracts';
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

// The demo branches of every service (libs/contracts demo cast), and HQ.
const DEMO_CALENDARS = [...DEMO_BRANCHES, DEMO_HQ].map(({ code, name }) => ({
  code,
  name: `${name} office hours`,
  timeZone: 'Asia/Shanghai',
}));

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
