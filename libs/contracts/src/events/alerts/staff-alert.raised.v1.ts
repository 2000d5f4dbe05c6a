import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant, staffRole } from '../shared.schemas';

/**
 * "Reported to the manager at once" (R9, R13, R19 …): a service tells people in a role, in a
 * branch, that something needs them now. The gateway streams it to their live stream
 * (`GET /api/v1/live`, event `alert`); nothing else is needed to reach a signed-in person.
 */
export const staffAlertRaisedV1Schema = z.object({
  alertId: z.string().min(1).describe('unique; a redelivered alert is shown once'),
  rule: z
    .string()
    .regex(/^R\d+$/)
    .describe('the requirement that asks for the alert'),
  kind: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .describe('what happened, kebab-case: `lead-promising`, `important-inquiry`, `exception`'),
  subject: z
    .object({ type: z.string().min(1), id: z.string().min(1), branch: z.string().min(1) })
    .describe('the record the alert is about, in its branch (R41)'),
  roles: z
    .array(staffRole)
    .min(1)
    .describe('who is told: every such role in the branch (HQ roles: in every branch)'),
  title: z.string().min(1).max(200).describe('one line a person reads at a glance'),
  detail: z.string().max(2000).optional(),
  raisedAt: instant,
  data: z.record(z.string(), z.unknown()).optional().describe('what a front end needs to show it'),
});

export type StaffAlertData = z.input<typeof staffAlertRaisedV1Schema>;

const description =
  'A person in a role must know now (R9 promising lead, R13 exception, R19 important inquiry …); the gateway streams it live to that role in the branch.';

const alertOf = <
  S extends 'order' | 'tracking' | 'complaint' | 'billing' | 'warehouse' | 'planning',
>(
  service: S,
) =>
  defineEvent({
    type: `${service}.alert.raised` as `${S}.alert.raised`,
    version: 1,
    topic: serviceEventsTopic(service),
    schema: staffAlertRaisedV1Schema,
    key: (data) => `${data.subject.type}:${data.subject.id}`,
    description,
    example: {
      alertId: 'lead:L-2025-0042:promising',
      rule: 'R9',
      kind: 'lead-promising',
      subject: { type: 'lead', id: 'L-2025-0042', branch: 'SH01' },
      roles: ['branch-manager', 'general-manager'],
      title: 'Promising lead: Hubei Fine Chemicals (monthly 40 t Shanghai–Wuhan)',
      raisedAt: '2025-03-14T02:10:00Z',
    },
  });

export const orderAlertRaisedV1 = alertOf('order');
export const trackingAlertRaisedV1 = alertOf('tracking');
export const complaintAlertRaisedV1 = alertOf('complaint');
export const billingAlertRaisedV1 = alertOf('billing');
export const warehouseAlertRaisedV1 = alertOf('warehouse');
export const planningAlertRaisedV1 = alertOf('planning');

/** One alert event of a service, ready for `tx.publish(…)`. */
export function staffAlert<
  S extends 'order' | 'tracking' | 'complaint' | 'billing' | 'warehouse' | 'planning',
>(
  service: S,
  data: StaffAlertData,
): { type: `${S}.alert.raised`; data: StaffAlertData; branch: string } {
  return { type: `${service}.alert.raised`, data, branch: data.subject.branch };
}
