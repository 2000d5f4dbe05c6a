import { z } from 'zod';
import { ROLES } from '../users/roles';

/** Who is calling, as proven by a verified access token (the gateway's own, or an OIDC one). */
export const principalSchema = z.object({
  userId: z.string(),
  username: z.string(),
  role: z.enum(ROLES),
  branch: z.string(),
  issuer: z
    .string()
    .describe('`gateway` for tokens this gateway signed, otherwise the OIDC issuer'),
});
export type Principal = z.output<typeof principalSchema>;

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    /** what a public route (sign-in) learnt about the caller, for the audit record */
    auditActorName?: string;
    /** why a request was denied or failed, for the audit record */
    auditReason?: string;
    /** the record a request is about when it has no `:id` (a proxied route's declared target) */
    auditTarget?: string;
  }
}
