import { DomainError, FieldProblem, NotFoundProblem, slugOfProblemType } from '@freight/platform';
import { HttpStatus } from '@nestjs/common';

/** `/deadlines/:id/history` + {id: 'a/b'} → `/deadlines/a%2Fb/history`. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${template}`);
    return encodeURIComponent(value);
  });
}

/** The value at a dot path (`subject.branch`) of a JSON value, if there is one. */
export function fieldAt(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (at, key) =>
        at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined,
      value,
    );
}

export class ServiceUnavailable extends DomainError {
  constructor(service: string) {
    super(
      HttpStatus.SERVICE_UNAVAILABLE,
      'service-unavailable',
      `the ${service} service cannot be reached; try again shortly`,
      { title: 'Service Unavailable' },
    );
  }
}

export class BadGateway extends DomainError {
  constructor(service: string) {
    super(HttpStatus.BAD_GATEWAY, 'bad-gateway', `the ${service} service could not answer`, {
      title: 'Bad Gateway',
    });
  }
}

interface DownstreamProblem {
  type?: unknown;
  title?: unknown;
  detail?: unknown;
  errors?: unknown;
}

/** What a service may refuse with and the caller can act on: passed through with its type. */
const CALLERS_PROBLEMS = new Set([400, 403, 409, 410, 422]);

const fieldProblemsOf = (errors: unknown): FieldProblem[] | undefined =>
  Array.isArray(errors)
    ? errors
        .filter(
          (e): e is FieldProblem => typeof e?.field === 'string' && typeof e?.message === 'string',
        )
        .map(({ field, message }) => ({ field, message }))
    : undefined;

/**
 * A service's error answer → the gateway's problem. What the caller can act on (400, 403, 409,
 * 410, 422) keeps the service's problem type (`urn:freight:problem:quote-expired`), title,
 * detail and field errors — the business's reason reaches the front end; 404 is our plain
 * not-found (the same as another branch's record); anything else is the gateway's trouble with
 * the service (502), never the service's own text (it may name internals).
 */
export function problemFromDownstream(service: string, status: number, body: unknown): DomainError {
  if (status === 404) return new NotFoundProblem();
  // the service itself says "not now" (the planning solver restarting): the caller may retry
  if (status === 503) return new ServiceUnavailable(service);
  if (!CALLERS_PROBLEMS.has(status)) return new BadGateway(service);
  const { type, title, detail, errors } = (body ?? {}) as DownstreamProblem;
  const slug =
    slugOfProblemType(type) ??
    (status === 409 ? 'conflict' : status === 403 ? 'forbidden' : 'validation');
  return new DomainError(status, slug, typeof detail === 'string' ? detail : undefined, {
    title: typeof title === 'string' && title.length <= 200 ? title : undefined,
    errors: fieldProblemsOf(errors),
  });
}
