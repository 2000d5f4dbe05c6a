import { z } from 'zod';
import { branchCode, instant, isoDuration, staffRole } from '../../events/shared.schemas';

// What the complaint desk's schemas share (R15–R23): people, phones, texts, ladders, months.

/** A line of text a person typed: trimmed, not empty, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** A phone as people write it: digits with spaces, +, -, parentheses (R15 matches it by digits). */
export const phone = z
  .string()
  .trim()
  .min(3)
  .max(30)
  .regex(/^\+?[0-9][0-9 ()-]*$/, 'expected a phone number: digits, spaces, + - ( )')
  .describe('mobile (11 digits, 1…) or landline with area code');

export const personName = text(100);

/** A member of staff named in a record (at fault, a candidate, a roster entry). */
export const staffMember = z.strictObject({
  username: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9._@-]+$/, 'expected a username (letters, digits, . _ @ -)'),
  name: personName.optional().describe('the name people know them by'),
});

/** Who did something, as the gateway verified them. */
export const actorView = z.object({
  userId: z.string(),
  username: z.string(),
  role: z.string(),
});

/** Whom a record is with now: a role of the branch, and the person when the roster names one. */
export const assigneeView = z.object({
  role: staffRole,
  username: z.string().nullable().describe('null: the role, nobody named on the roster'),
  level: z.number().int().min(0).describe('0 before any escalation; the ladder level after'),
});

/** `YYYY-MM`, a calendar month in Asia/Shanghai. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');

/** One rung of a ladder as a branch configures it (R17: agent → branch manager → HQ). */
export const ladderLevel = z.strictObject({
  role: staffRole,
  after: isoDuration.describe('after the due time: `PT0S` at due, `PT1H` an hour later'),
});

const durationMs = (d: string): number => {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(d);
  if (!m) return NaN;
  const [, days, hours, minutes, seconds] = m.map((v) => Number(v ?? 0));
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
};

/** A ladder: 1–6 levels whose `after` never goes down. */
export const ladderLevels = z
  .array(ladderLevel)
  .min(1)
  .max(6)
  .superRefine((levels, ctx) => {
    for (let i = 1; i < levels.length; i++)
      if (durationMs(levels[i].after) < durationMs(levels[i - 1].after))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'after'],
          message: 'a level must not fire before the one below it',
        });
  });

export const ladderView = z.array(
  z.object({ level: z.number().int(), role: staffRole, after: z.string() }),
);

export { branchCode, instant };
