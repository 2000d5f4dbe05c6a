import type { FastifyInstance } from 'fastify';
import { FieldProblem, ValidationProblem } from './problem';

const NUL = '\u0000';

/** Dot paths of the strings holding a NUL character in a parsed body, query or path. */
export function fieldsWithNul(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [at || '(root)'] : [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => fieldsWithNul(item, join(at, String(i))));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes(NUL) ? [join(at, key)] : []),
      ...fieldsWithNul(item, join(at, key)),
    ]);
  }
  return [];
}

const join = (at: string, key: string) => (at ? `${at}.${key}` : key);

/**
 * Text the platform stores must be storable: Postgres refuses U+0000 in text, so a NUL byte in a
 * path, query or body would otherwise travel to the database and come back as a 500. Refused
 * at the edge instead, as a 400 naming the field (issue 19, item 4).
 */
export function installInputGuards(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const problems: FieldProblem[] = [];
    for (const [where, value] of [
      ['path', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      for (const field of fieldsWithNul(value)) {
        problems.push({ field: `${where}.${field}`, message: 'must not contain a NUL character' });
      }
    }
    done(problems.length > 0 ? new ValidationProblem(problems) : undefined);
  });
}
