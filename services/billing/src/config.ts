import { env, platformConfigSchema } from '@freight/platform';
import { z } from 'zod';

export const SERVICE = 'billing';

export const billingConfigSchema = platformConfigSchema({ service: SERVICE, port: 8084 }).extend({
  /** the SMTP server statements go out through (npm start's mail catcher in development) */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'expected smtp://host:port or smtps://…')
    .prefault('smtp://127.0.0.1:1025'),
  /** the sender of statements */
  MAIL_FROM: z.string().min(3).prefault('对账中心 Billing <billing@freight.example>'),
  /**
   * Where the customer's tokenised confirmation link points: the gateway's public route (the
   * token is appended). In production, the public host the customers reach.
   */
  STATEMENT_LINK_BASE: env.httpUrl('http://127.0.0.1:8080/api/v1/public/statements'),
  /** days a statement link stays valid after it was sent (410 afterwards) */
  STATEMENT_LINK_DAYS: env.positiveInteger(30),
  /** how often the background jobs (mail, month-end close) look for work they were not told of */
  BILLING_JOBS_POLL_MS: env.positiveInteger(2_000),
  /** attempts before a statement mail is given up (and the agent alerted) */
  MAIL_MAX_ATTEMPTS: env.positiveInteger(8),
  /**
   * customers drafted per month-end close transaction (R24): a branch of up to this many monthly
   * customers closes in one grouped pass over its month's charges (bench/billing); a larger one
   * in several, each resumable
   */
  MONTH_CLOSE_CHUNK: env.positiveInteger(5_000),
  /** a pause between two close transactions, to leave the database to the desks at month end */
  MONTH_CLOSE_CHUNK_PAUSE_MS: z
    .string()
    .regex(/^\d+$/, 'expected a whole number of milliseconds')
    .transform(Number)
    .prefault('0'),
  /**
   * demo data: how long no new shipment of last month must arrive (the order service's demo
   * orders, over Kafka) before last month is closed and walked through its states
   */
  DEMO_SETTLE_MS: env.positiveInteger(5_000),
});

export type BillingConfig = z.output<typeof billingConfigSchema>;
