import { env, platformConfigSchema } from '@freight/platform';
import { z } from 'zod';

export const SERVICE = 'tracking';

/** An ISO 8601 duration of days, hours, minutes (the scheduler's calendars count it). */
const duration = (defaultValue: string) =>
  z
    .string()
    .regex(
      /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
      'expected an ISO 8601 duration, e.g. PT4H',
    )
    .prefault(defaultValue);

export const trackingConfigSchema = platformConfigSchema({ service: SERVICE, port: 8082 }).extend({
  // R11 notifications: mail over SMTP (npm start runs a local catcher on 1025, its page on 1080).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'expected smtp://host:port or smtps://user:pass@host:port')
    .prefault('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).prefault('久久大经纬物流 客服 <tracking@jiujiu-freight.example>'),
  /** the company name that signs the customers' texts */
  COMPANY_NAME: z.string().min(1).prefault('久久大经纬物流'),
  /** how often the sender looks for notifications due (a retry's time comes from the clock) */
  NOTIFY_POLL_MS: env.positiveInteger(1_000),
  /** first retry after this long; each next one waits twice as long, at most an hour */
  NOTIFY_RETRY_BASE_MS: env.positiveInteger(30_000),
  /** attempts before a notification is given up as failed (and shown so to staff) */
  NOTIFY_MAX_ATTEMPTS: env.positiveInteger(8),
  // R13: what an agent may settle alone, and a branch manager; HQ roles have no limit.
  AGENT_COMPENSATION_LIMIT_FEN: env.positiveInteger(50_000),
  MANAGER_COMPENSATION_LIMIT_FEN: env.positiveInteger(500_000),
  /** R13: an exception not closed within this much business time climbs the ladder */
  EXCEPTION_HANDLE_WITHIN: duration('PT4H'),
  /** R14: a POD not back this many days after delivery is chased */
  POD_CHASE_AFTER_DAYS: env.positiveInteger(7),
  /** public tracking: wrong phone digits a waybill tolerates in an hour before it answers 404 */
  PUBLIC_LOOKUP_MAX_FAILURES: env.positiveInteger(10),
});

export type TrackingConfig = z.output<typeof trackingConfigSchema>;
