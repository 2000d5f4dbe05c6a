import { z } from 'zod';

/** A configuration problem, already phrased for an operator: one line naming each bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/**
 * Validates the environment against a schema and returns the typed configuration; throws
 * ConfigError. Empty values count as unset, so `PORT=` in an env file means "use the default".
 */
export function parseConfig<S extends z.ZodType>(schema: S, env: Env = process.env): z.output<S> {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => describeIssue(issue, present));
  throw new ConfigError(`config error: ${problems.join('; ')}`);
}

/**
 * parseConfig for a process's entry point: a bad configuration stops start-up with one line on
 * stderr and exit code 1. A stack trace would only bury the variable's name.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Env = process.env): z.output<S> {
  try {
    return parseConfig(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return process.exit(1);
  }
}

function describeIssue(issue: z.core.$ZodIssue, env: Env): string {
  const name = issue.path.map(String).join('.') || '(environment)';
  const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
  if (value === undefined) return `${name}: required but not set`;
  return `${name}: ${issue.message}, got ${quoteForLog(name, value)}`;
}

// Errors end up in logs: never echo secrets, and mask the password inside connection URLs.
function quoteForLog(name: string, value: string): string {
  if (/PASSWORD|SECRET|TOKEN/i.test(name)) return '(hidden)';
  return JSON.stringify(value.replace(/(\/\/[^:/@]*:)[^@/]*@/, '$1***@'));
}
