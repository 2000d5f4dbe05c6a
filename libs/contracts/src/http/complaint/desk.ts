import { z } from 'zod';
import { staffRole } from '../../events/shared.schemas';
import { instant, ladderLevels, ladderView, staffMember } from './shared';

// A branch's complaint desk: its escalation ladders (R15–R17, configurable per branch) and who
// holds each role there (whom an escalation reassigns to; whom R21's joint fines name).

/** PUT /complaint-desks/{branch}. */
export const deskBody = z.strictObject({
  ladders: z.strictObject({
    callAnswer: ladderLevels.describe('R15: a customer call not answered within 5 minutes'),
    internalCall: ladderLevels.describe('R16: an internal call not done within 30 minutes'),
    complaintReply: ladderLevels.describe('R17: a complaint not replied to within 1 hour'),
  }),
  people: z
    .array(staffMember.extend({ role: staffRole }))
    .max(20)
    .superRefine((people, ctx) => {
      const seen = new Set<string>();
      people.forEach((p, i) => {
        if (seen.has(p.role))
          ctx.addIssue({ code: 'custom', path: [i, 'role'], message: 'one person per role' });
        seen.add(p.role);
      });
    })
    .describe('who an escalation to the role reassigns to, e.g. the branch manager'),
});

export const deskView = z.object({
  branch: z.string(),
  configured: z.boolean().describe('false: the company defaults (nothing stored yet)'),
  ladders: z.object({
    callAnswer: ladderView,
    internalCall: ladderView,
    complaintReply: ladderView,
  }),
  people: z.array(z.object({ role: staffRole, username: z.string(), name: z.string().nullable() })),
  updatedAt: instant.nullable(),
  updatedBy: z.string().nullable(),
});
