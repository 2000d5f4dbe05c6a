import { orderSnapshot, TrackingHttp, waybillNo } from '@freight/contracts';
import { z } from 'zod';

// GET /api/v1/waybills/{no}: one waybill for the agent on the phone, composed here from the
// order, tracking, complaint and billing services (issue 22 item 6). Each part says whether its
// service answered; one that did not leaves its part out and says why.

/** A part of the view: what its service answered, or why it is missing. */
const part = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('available', [
    z.object({
      available: z.literal(true),
      data: data
        .nullable()
        .describe('null: the service answered that it has nothing for this waybill'),
    }),
    z.object({
      available: z.literal(false),
      reason: z
        .string()
        .describe('why the part is missing, e.g. "the billing service cannot be reached"'),
    }),
  ]);

/** The order service's order (GET /orders/by-waybill/{no}): the order snapshot and its status. */
const orderPart = z.looseObject({ ...orderSnapshot, status: z.string() });
/** The complaint and billing services' records of the waybill, as they list them. */
const records = z.object({ items: z.array(z.looseObject({})) });

export const waybillViewParams = { no: waybillNo };

export const waybillView = z.object({
  waybillNo: z.string(),
  branch: z.string().nullable().describe('null only when neither order nor tracking answered (HQ)'),
  parts: z.object({
    order: part(orderPart),
    tracking: part(TrackingHttp.waybillTrackingView).describe(
      'timeline, exceptions and POD custody',
    ),
    complaints: part(records),
    charges: part(records),
  }),
});

export type WaybillView = z.input<typeof waybillView>;
export type Part = WaybillView['parts']['complaints'];
