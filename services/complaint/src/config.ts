import { env, platformConfigSchema } from '@freight/platform';
import { z } from 'zod';

export const SERVICE = 'complaint';

export const complaintConfigSchema = platformConfigSchema({ service: SERVICE, port: 8083 }).extend({
  /**
   * Where the customers' links (R22 ballots, R23 surveys) point: the gateway's public routes as
   * the customer reaches them (a front end may sit in between and call those routes).
   */
  PUBLIC_LINK_BASE: env.httpUrl('http://127.0.0.1:8080/api/v1/public'),
  /** R23: how long a survey link answers before it is gone (410) */
  SURVEY_VALID_DAYS: env.positiveInteger(14),
  /** R21: this many complaints at fault in one month flag a repeat offender (decision 0052) */
  FINES_REVIEW_THRESHOLD: env.positiveInteger(4),
  /** the SMTP server survey and ballot links are mailed through; unset: nothing is mailed */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'expected smtp://host:port or smtps://…')
    .optional(),
  MAIL_FROM: z.string().min(3).prefault('客服中心 Customer Service <service@freight.example>'),
  /** how often the mail queue is looked at (sending is retried with backoff) */
  MAIL_POLL_MS: env.positiveInteger(1_000),
});

export type ComplaintConfig = z.output<typeof complaintConfigSchema>;
