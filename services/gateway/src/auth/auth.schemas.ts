import { z } from 'zod';

// The examples pre-fill "Try it out" in /api/docs with a demo user (`npm start` seeds one per role).
export const loginBody = z.strictObject({
  username: z
    .string()
    .min(1)
    .max(100)
    .meta({ examples: ['agent'] }),
  password: z
    .string()
    .min(1)
    .max(256)
    .meta({ description: 'demo users: DEMO_PASSWORD, or the one `npm start` prints' }),
});

export const refreshBody = z.strictObject({
  refreshToken: z.string().min(1).max(200),
});

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  /** seconds until the access token expires */
  expiresIn: number;
}

export const tokenPairSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
  // positive: unbounded, Swagger UI renders Number.MIN_SAFE_INTEGER as the example
  expiresIn: z
    .number()
    .int()
    .positive()
    .describe('seconds until the access token expires')
    .meta({ examples: [900] }),
});
