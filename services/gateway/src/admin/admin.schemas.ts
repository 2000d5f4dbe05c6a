import { listQuery } from '@freight/contracts';
import { z } from 'zod';
import { ROLES } from '../users/roles';

const branchCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,7}$/, 'expected a branch code like SH01')
  .meta({ examples: ['SH01'] });
// ASVS 2.1.1/2.1.2: at least 12 characters, at most 128, no other composition rules.
const password = z.string().min(12, 'expected at least 12 characters').max(128);

export const newUserBody = z.strictObject({
  username: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, 'expected 3–50 of a-z 0-9 . _ -')
    .meta({ examples: ['li.wei'] }),
  displayName: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .meta({ examples: ['Li Wei'] }),
  role: z.enum(ROLES),
  branchCode,
  password,
});

export const userChangesBody = z
  .strictObject({
    displayName: z.string().trim().min(1).max(100).optional(),
    role: z.enum(ROLES).optional(),
    branchCode: branchCode.optional(),
    password: password.optional(),
    disabled: z
      .boolean()
      .optional()
      .describe('true: no sign-in, and every token of the account is refused at once'),
  })
  .refine((b) => Object.keys(b).length > 0, 'expected at least one field to change');

export const userListQuery = listQuery(['username'], 'username', {
  branch: branchCode.optional().describe('only users of this branch'),
  role: z.enum(ROLES).optional(),
});

const isTimeZone = (zone: string): boolean =>
  Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC';

export const newBranchBody = z.strictObject({
  code: branchCode,
  name: z.string().trim().min(1).max(100),
  timeZone: z.string().refine(isTimeZone, 'expected an IANA time zone, e.g. Asia/Shanghai'),
});

/** A staff account as the admin API answers it (never its password hash). */
export const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  branchCode: z.string(),
  disabled: z.boolean(),
  lockedUntil: z.iso
    .datetime()
    .nullable()
    .describe(
      'end (UTC) of the latest sign-in lock from some address; other addresses still sign in',
    ),
  createdAt: z.iso.datetime(),
});
export type UserView = z.output<typeof userView>;

export const branchView = z.object({ code: z.string(), name: z.string(), timeZone: z.string() });
export type BranchView = z.output<typeof branchView>;
