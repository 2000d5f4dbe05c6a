import { env, platformConfigSchema } from '@freight/platform';
import { z } from 'zod';
import { DEMO_PICKUP_POINTS } from './pickup-notices/pickup-points';

export const SERVICE = 'order';

const isoDuration = z
  .string()
  .regex(
    /^PT(?=\d)(\d+H)?(\d+M)?$/,
    'expected an ISO 8601 duration in hours and minutes, e.g. PT30M',
  );

const pickupPoints = z.record(
  z.string().regex(/^[A-Z]{2,6}$/),
  z.strictObject({
    name: z.string().min(1),
    address: z.string().min(1),
    hours: z.string(),
    phone: z.string(),
  }),
);

export const orderConfigSchema = platformConfigSchema({ service: SERVICE, port: 8081 }).extend({
  /** R4: how long the documents desk has to acknowledge a work order (business hours) */
  ORDER_ACK_WITHIN: isoDuration.prefault('PT30M'),
  /** R3: how many days a quote's price holds unless the agent says otherwise */
  QUOTE_VALID_DAYS: env.positiveInteger(7),
  /** R8: the company name the pickup notice and the labels carry */
  COMPANY_NAME: z.string().min(1).max(50).prefault('大经纬物流'),
  /** R8: the service line the pickup notice gives for questions */
  SERVICE_PHONE: z.string().min(3).max(30).prefault('400-820-0000'),
  /** R8: where to collect, per region code: JSON `{"SH": {name, address, hours, phone}}` */
  PICKUP_POINTS: z
    .string()
    .transform((text, ctx) => {
      try {
        return pickupPoints.parse(JSON.parse(text));
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'expected JSON {"SH": {"name","address","hours","phone"}}',
        });
        return z.NEVER;
      }
    })
    .prefault(JSON.stringify(DEMO_PICKUP_POINTS)),
});

export type OrderConfig = z.output<typeof orderConfigSchema>;
