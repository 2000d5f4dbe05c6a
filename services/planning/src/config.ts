import { env, platformConfigSchema } from '@freight/platform';
import { z } from 'zod';

export const SERVICE = 'planning';

const regionBranches = z
  .string()
  .regex(
    /^([A-Z0-9-]{1,16}:[A-Z0-9-]{2,16})(,[A-Z0-9-]{1,16}:[A-Z0-9-]{2,16})*$/,
    'expected REGION:BRANCH pairs, comma-separated, e.g. SH:SH01,WH:WH01',
  )
  .transform((v) => Object.fromEntries(v.split(',').map((pair) => pair.split(':'))))
  .prefault('SH:SH01,GZ:GZ01,WH:WH01');

const timeOfDay = (defaultValue: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')
    .prefault(defaultValue);

const decimal = (defaultValue: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'expected a decimal number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `expected a number from ${min} to ${max}`)
    .prefault(defaultValue);

export const planningConfigSchema = platformConfigSchema({ service: SERVICE, port: 8087 }).extend({
  /** how long the solver searches one day's plan (R40); keep under the gateway's PROXY_TIMEOUT_MS */
  PLAN_TIME_LIMIT_MS: env.positiveInteger(3_000),
  /** the solver also stops after this many iterations (small days converge long before the limit) */
  PLAN_MAX_ITERATIONS: env.positiveInteger(2_000),
  /** where the solver helper's Maven project is; found above the code when unset */
  SOLVER_DIR: z.string().min(1).optional(),
  /** options of the helper's JVM */
  SOLVER_JAVA_OPTS: z.string().prefault('-Xmx512m -XX:+UseSerialGC'),
  /** threads jsprit may use for one plan */
  SOLVER_THREADS: env.positiveInteger(1),
  /** plans waiting for the helper beyond which a request is answered 503 at once */
  SOLVER_QUEUE_LIMIT: env.positiveInteger(4),
  /** extra time over a plan's limit before a helper that has not answered is restarted */
  SOLVER_GRACE_MS: env.positiveInteger(15_000),
  /** `great-circle` (default, an approximation) or `osrm` (a routing server at OSRM_URL) */
  DISTANCE_PROVIDER: z.enum(['great-circle', 'osrm']).default('great-circle'),
  /** great-circle distance × this factor ≈ road distance (docs/decisions/0092) */
  ROAD_FACTOR: decimal('1.3', 1, 3),
  /** average speed on the road for the great-circle approximation */
  AVERAGE_SPEED_KMH: decimal('30', 5, 120),
  OSRM_URL: env.httpUrl('http://127.0.0.1:5000'),
  OSRM_PROFILE: z
    .string()
    .regex(/^[a-z-]+$/)
    .prefault('driving'),
  OSRM_TIMEOUT_MS: env.positiveInteger(5_000),
  /** the destination branch of a lane's region code, for door deliveries (docs/decisions/0091) */
  REGION_BRANCHES: regionBranches,
  /** door deliveries of a day are planned from this local time until the promised time */
  DELIVERY_DAY_START: timeOfDay('09:00'),
  /**
   * each branch's depot, where its vehicles start and end (R40): `SH01:31.2304,121.4737;…`;
   * unset: the demo branches' depots (libs/contracts demo cast)
   */
  BRANCH_DEPOTS: z
    .string()
    .regex(
      /^[A-Z0-9-]{2,16}:-?\d+(\.\d+)?,-?\d+(\.\d+)?(;[A-Z0-9-]{2,16}:-?\d+(\.\d+)?,-?\d+(\.\d+)?)*$/,
      'expected BRANCH:lat,lng pairs separated by ;',
    )
    .optional(),
  /** the branches' time zone: plan dates, shifts and windows are read in it */
  PLANNING_TIME_ZONE: z.string().prefault('Asia/Shanghai'),
});

export type PlanningConfig = z.output<typeof planningConfigSchema>;
